import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../../domain/plan/defaults';
import type { Plan } from '../../domain/plan/schema';
import { issuesToFieldErrors, planResolver } from './plan-resolver';
import { fieldIdOf, fieldNameOf } from './field-name';
import { decodeIssue, encodeIssue } from './issue-message';
import { errorMessages } from './error-messages';
import { describeIssue } from '../../i18n/words';
import { planIssues } from './plan-issues';

function readyPlan(): Plan {
  const plan = defaultPlan();
  plan.fleetServer.urls = ['https://fleet.example.com:8220'];
  plan.elasticsearch.hosts = ['https://es.example.com:9200'];
  return plan;
}

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as const;

describe('fieldNameOf', () => {
  test.each([
    { title: 'a top-level choice', path: ['tls'], name: 'tls' },
    { title: 'an entry of a list belongs to the list', path: ['fleetServer', 'urls', 2], name: 'fleetServer.urls' },
    { title: 'the list itself', path: ['elasticsearch', 'hosts'], name: 'elasticsearch.hosts' },
    { title: 'a role file name', path: ['certs', 'files', 'agentCa'], name: 'certs.files.agentCa' },
    { title: 'inline PEM inside a union', path: ['certs', 'outputCa', 'pem'], name: 'certs.outputCa.pem' },
    { title: 'an empty path is the form root', path: [], name: 'root' },
  ])('$title', ({ path, name }) => {
    expect(fieldNameOf(path, defaultPlan())).toBe(name);
  });

  test('ids are DOM-safe', () => {
    expect(fieldIdOf('certs.files.agentCa')).toBe('field-certs-files-agentCa');
  });
});

describe('issue messages', () => {
  test('round-trip with and without params', () => {
    expect(decodeIssue(encodeIssue({ code: 'url-invalid', params: { value: 'x' } }))).toEqual({ code: 'url-invalid', params: { value: 'x' } });
    expect(decodeIssue(encodeIssue({ code: 'required' }))).toEqual({ code: 'required' });
  });
  test.each([
    { title: 'not JSON', message: 'Required' },
    { title: 'JSON without a code', message: '{"x":1}' },
    { title: 'not a string', message: 42 },
  ])('a message this app did not write decodes to null: $title', ({ message }) => {
    expect(decodeIssue(message)).toBeNull();
  });
});

describe('issuesToFieldErrors', () => {
  test('several issues on one list become one leaf error holding all of them', () => {
    const errors = issuesToFieldErrors(
      [
        { path: ['fleetServer', 'urls', 0], code: 'url-invalid', params: { value: 'fleet' } },
        { path: ['fleetServer', 'urls', 1], code: 'url-not-https', params: { value: 'http://f' } },
        { path: ['tls'], code: 'mutual-not-supported-on-cloud' },
      ],
      defaultPlan(),
    );
    expect(errors).toEqual({
      fleetServer: {
        urls: {
          type: 'url-invalid',
          message: '{"code":"url-invalid","params":{"value":"fleet"}}',
          types: {
            0: '{"code":"url-invalid","params":{"value":"fleet"}}',
            1: '{"code":"url-not-https","params":{"value":"http://f"}}',
          },
        },
      },
      tls: { type: 'mutual-not-supported-on-cloud', message: '{"code":"mutual-not-supported-on-cloud"}' },
    });
  });

  test('the words come from the domain catalogue', () => {
    const errors = issuesToFieldErrors([{ path: ['fleetServer', 'urls'], code: 'urls-empty' }], defaultPlan());
    expect(errorMessages((errors.fleetServer as Record<string, unknown>).urls, describeIssue)).toEqual(['Add at least one.']);
  });

  test('before the words have loaded, each issue is an empty message: the field is invalid at once', () => {
    const errors = issuesToFieldErrors(
      [
        { path: ['fleetServer', 'urls'], code: 'urls-empty' },
        { path: ['fleetServer', 'urls'], code: 'urls-empty' },
      ],
      defaultPlan(),
    );
    expect(errorMessages((errors.fleetServer as Record<string, unknown>).urls, null)).toEqual(['', '']);
  });

  test('a code the words do not know shows as itself', () => {
    const errors = issuesToFieldErrors([{ path: ['fleetServer', 'urls'], code: 'urls-empty' }], defaultPlan());
    const unknown = () => {
      throw new Error('no words');
    };
    expect(errorMessages((errors.fleetServer as Record<string, unknown>).urls, unknown)).toEqual(['urls-empty']);
  });
});

describe('planResolver', () => {
  test('a ready plan has no errors and passes its values through', async () => {
    const plan = readyPlan();
    expect(await planResolver(plan, undefined, resolverOptions)).toEqual({ values: plan, errors: {} });
  });

  test('a fresh plan asks for the Fleet Server URLs and the Elasticsearch hosts', async () => {
    const result = await planResolver(defaultPlan(), undefined, resolverOptions);
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      fleetServer: { urls: { type: 'urls-empty', message: '{"code":"urls-empty"}' } },
      elasticsearch: { hosts: { type: 'urls-empty', message: '{"code":"urls-empty"}' } },
    });
  });

  test('an empty port (NaN from the number input) is a port issue, not a crash', () => {
    const plan = readyPlan();
    plan.fleetServer.port = Number.NaN;
    expect(planIssues(plan)).toEqual([{ path: ['fleetServer', 'port'], code: 'port-invalid' }]);
  });

  test('mutual TLS on Fleet Server on Elastic Cloud is refused on the TLS field', () => {
    const plan = readyPlan();
    plan.model = 'cloud-fleet';
    plan.tls = 'mutual';
    expect(planIssues(plan).filter((i) => i.path[0] === 'tls')).toEqual([{ path: ['tls'], code: 'mutual-not-supported-on-cloud' }]);
  });
});
