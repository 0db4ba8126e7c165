/**
 * OpenSSL commands that turn what WebCrypto cannot open (3DES, RC2) into what it can.
 * The file name is quoted for a POSIX shell; the problem's `file` param carries it
 * unquoted for UIs that quote for another shell.
 */
export function reencryptKeyCommand(file: string): string {
  return `openssl pkcs8 -topk8 -v2 aes-256-cbc -in ${quote(file)} -out converted.key`;
}

export function pkcs12LegacyCommand(file: string): string {
  return `openssl pkcs12 -legacy -in ${quote(file)} -out converted.pem -nodes`;
}

function quote(word: string): string {
  return /^[A-Za-z0-9._/+@:=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
