import { warmUp } from '../../domain/certs/warm-up';
import { evaluate, type Evaluation } from '../../domain/verdict/evaluate';
import { defaultPlan } from '../../domain/plan/defaults';

/**
 * What the inspector worker does as it starts, while the user's files are still on
 * their way: reads a sample CA (the decoding path) and judges an on-premises plan with
 * it (topology, evidence, checks), so that V8 has compiled both before
 * the first real drop (ADR 4). Its result is thrown away.
 */
export async function warmUpInspector(now: Date): Promise<Evaluation> {
  const sample = await warmUp();
  return evaluate(defaultPlan('on-prem'), [{ id: 'warm-up', decoded: sample }], {}, now);
}
