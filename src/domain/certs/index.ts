/** The certificate engine: the only code that reads certificates and keys. Plain shapes out. */
export type {
  CertificateFacts, ChainResult, ChainStatus, DecodeInput, DecodeLimits, DecodedFile, DecodedItem,
  FileProblem, FileProblemCode, KeyAlgorithm, PrivateKeyFacts, PrivateKeyFormat, PublicKeyFacts,
  SubjectAltNames, VerifyChainInput,
} from './types';
export { decodeFile, DEFAULT_MAX_BYTES } from './decode-file';
export { keyMatchesCertificate } from './key-matches-certificate';
export { verifyChain } from './verify-chain';
export { formatIp, parseIp, sameIp } from './ip-address';
