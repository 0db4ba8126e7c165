import { makeCsr, type CsrRequest, type MadeCsr } from '../../domain/certs/write/make-csr';

/**
 * A key pair and its certificate signing request, made in the inspector worker (it shares
 * the ASN.1 layers the reader loaded there). Loaded with the first CSR asked for. Only what
 * the request names reaches the writer; the key goes back to the page in the answer, and
 * nowhere else.
 */
export function runCsr(req: CsrRequest): Promise<MadeCsr> {
  return makeCsr({ commonName: req.commonName, dns: req.dns, ips: req.ips, eku: req.eku, keyType: req.keyType });
}
