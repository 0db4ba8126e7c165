#!/usr/bin/env bash
# Makes the certificate fixtures that src/domain/certs and src/domain/checks are tested
# against, with the real openssl (3.x), and a manifest.json describing every file.
#
#   bash scripts/make-fixtures.sh [DIR]      (default: .fixtures, git-ignored)
#
# - Regenerates everything, unless DIR/manifest.json is newer than this script
#   (FORCE=1 regenerates anyway). Concurrent runs for the same DIR wait for each other.
# - No network, no prompts, a few seconds: EC keys everywhere except where RSA is the point.
# - Dates are relative to now. OpenSSL 3.0 has no `x509 -not_before`, so the expired and
#   not-yet-valid certificates are issued by `openssl ca -startdate/-enddate` with a
#   throw-away CA database in a temporary directory.
# - DIR is replaced as a whole; the script refuses to replace a non-empty directory that it
#   did not make (one without a manifest.json).
set -euo pipefail

OPENSSL=${OPENSSL:-openssl}
DIR=${1:-.fixtures}
SCRIPT=$(realpath "${BASH_SOURCE[0]}")
TARGET=$(realpath -m "$DIR")
KEY_PASS='fleet-key-passphrase'
P12_PASS='fleet-p12-password'
BENCH_COUNT=150

up_to_date() { [[ -z ${FORCE:-} && -f $TARGET/manifest.json && $TARGET/manifest.json -nt $SCRIPT ]]; }
if up_to_date; then echo "fixtures in $DIR are up to date"; exit 0; fi

if command -v flock >/dev/null 2>&1; then
  lock="${TMPDIR:-/tmp}/make-fixtures.$(printf '%s' "$TARGET" | cksum | cut -d' ' -f1).lock"
  exec 9>"$lock"
  flock 9
  if up_to_date; then echo "fixtures in $DIR are up to date"; exit 0; fi
fi

if [[ -e $TARGET && ! -f $TARGET/manifest.json && -n $(ls -A "$TARGET" 2>/dev/null) ]]; then
  echo "refusing to replace $DIR: it is not empty and has no manifest.json" >&2
  exit 1
fi

mkdir -p "$(dirname "$TARGET")"
WORK=$(mktemp -d "$(dirname "$TARGET")/.make-fixtures.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out
CADB=$WORK/ca
mkdir -p "$OUT" "$CADB/new"
: >"$CADB/index.txt"
CNF=$WORK/openssl.cnf

# Extension profiles. SAN and EKU of the generic leaf profile come from the environment.
export SAN=DNS:unused.example.com EKU=serverAuth
cat >"$CNF" <<EOF
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused

[ v3_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_intermediate ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_intermediate_client_only ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = \${ENV::EKU}
subjectAltName = \${ENV::SAN}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_leaf_no_san ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_no_basic_constraints ]
subjectKeyIdentifier = hash

[ ca ]
default_ca = ca_intermediate
[ ca_intermediate ]
dir = $CADB
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
certificate = $OUT/fleet-intermediate.crt
private_key = $OUT/fleet-intermediate.key
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
commonName = optional
organizationName = optional
EOF
echo 01 >"$CADB/serial"

cd "$OUT"
ssl() { "$OPENSSL" "$@"; }
# Runs openssl without its progress chatter on stderr, but shows that stderr if it fails.
quiet() { if ! ssl "$@" 2>"$WORK/stderr"; then cat "$WORK/stderr" >&2; return 1; fi; }
key_ec() { ssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -out "$1"; }
key_rsa() { quiet genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" -out "$1"; }
O='/O=Fleet TLS Wizard Test'

# DIGEST "none" is for Ed25519, which signs without a separate digest.
digest() { [[ $1 == none ]] || echo "-$1"; }
# self_signed KEY CERT SUBJECT PROFILE DIGEST [DAYS]
self_signed() {
  # shellcheck disable=SC2046
  ssl req -x509 -new -config "$CNF" -key "$1" -out "$2" -subj "$3" -extensions "$4" $(digest "$5") -days "${6:-3650}"
}
# issue KEY CERT SUBJECT PROFILE CA_BASENAME DIGEST DAYS [extra x509 options...]
issue() {
  local key=$1 cert=$2 subj=$3 profile=$4 ca=$5 md=$6 days=$7
  shift 7
  ssl req -new -config "$CNF" -key "$key" -subj "$subj" -out "$WORK/req.csr"
  # shellcheck disable=SC2046
  quiet x509 -req -in "$WORK/req.csr" -CA "$ca.crt" -CAkey "$ca.key" -days "$days" \
    -extfile "$CNF" -extensions "$profile" $(digest "$md") -out "$cert" "$@"
}
# issue_dated KEY CERT SUBJECT START END: signed by the intermediate with explicit dates
issue_dated() {
  ssl req -new -config "$CNF" -key "$1" -subj "$3" -out "$WORK/req.csr"
  quiet ca -batch -config "$CNF" -in "$WORK/req.csr" -out "$2" -extensions v3_leaf \
    -startdate "$4" -enddate "$5" -notext -preserveDN
}
utc() { date -u -d "$1" +%y%m%d%H%M%SZ; }
to_crlf() { sed 's/$/\r/' "$1"; }

# --- Roots and the intermediate ---------------------------------------------------------
key_ec fleet-ca.key P-256
self_signed fleet-ca.key fleet-ca.crt "$O/CN=Fleet Server Test Root CA" v3_root sha256
key_ec fleet-intermediate.key P-256
issue fleet-intermediate.key fleet-intermediate.crt "$O/OU=Fleet/CN=Fleet Server Test Intermediate CA" \
  v3_intermediate fleet-ca sha256 3000
key_ec agent-ca.key P-521
self_signed agent-ca.key agent-ca.crt "$O/CN=Agent Test Root CA" v3_root sha512
key_ec es-ca.key P-384
self_signed es-ca.key es-ca.crt "$O/CN=Elasticsearch Test CA" v3_root sha384
key_rsa rsa-ca.key 2048
self_signed rsa-ca.key rsa-ca.crt "$O/CN=RSA Test Root CA" v3_root sha256

# --- Fleet Server leaf, bundles, DER, PKCS#12 --------------------------------------------
key_ec fleet-server.key P-256
SAN='DNS:fleet.example.com, DNS:localhost, IP:10.0.0.5, IP:::1' EKU='serverAuth, clientAuth' \
  issue fleet-server.key fleet-server.crt "$O/CN=fleet.example.com" v3_leaf fleet-intermediate sha256 825
cat fleet-server.crt fleet-intermediate.crt >fleet-server-bundle.pem
{
  printf 'Fleet Server chain, exported by hand.\nIntermediate first:\n'
  cat fleet-intermediate.crt
  printf '\nand then the server certificate:\n'
  cat fleet-server.crt
  printf 'End of bundle.\n'
} >"$WORK/reversed.pem"
to_crlf "$WORK/reversed.pem" >fleet-server-bundle-reversed-crlf.pem
ssl x509 -in fleet-server.crt -outform DER -out fleet-server.der
cp fleet-server.der fleet-server.cer
ssl pkcs8 -topk8 -nocrypt -in fleet-server.key -outform DER -out fleet-server.key.der
ssl pkcs12 -export -in fleet-server.crt -inkey fleet-server.key -certfile fleet-intermediate.crt \
  -name fleet-server -passout "pass:$P12_PASS" -out fleet-server.p12
ssl pkcs12 -export -in fleet-server.crt -inkey fleet-server.key -certfile fleet-intermediate.crt \
  -name fleet-server -passout pass: -out fleet-server-nopass.p12
if ! ssl pkcs12 -export -legacy -in fleet-server.crt -inkey fleet-server.key -certfile fleet-intermediate.crt \
  -name fleet-server -passout "pass:$P12_PASS" -out fleet-server-legacy.p12 2>/dev/null; then
  # No legacy provider: the same algorithms, named explicitly.
  ssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -in fleet-server.crt \
    -inkey fleet-server.key -certfile fleet-intermediate.crt -name fleet-server \
    -passout "pass:$P12_PASS" -out fleet-server-legacy.p12
fi
ssl x509 -in fleet-ca.crt -trustout -addtrust serverAuth -out fleet-ca-trusted.pem

# --- Agent client, Elasticsearch ---------------------------------------------------------
key_ec agent-client.key P-256
SAN='DNS:agent-01.example.com' EKU='clientAuth' \
  issue agent-client.key agent-client.crt "$O/CN=agent-01" v3_leaf agent-ca sha512 825
cat agent-client.crt agent-client.key >agent-client-cert-and-key.pem
key_ec es-server.key P-256
SAN='DNS:*.es.example.com' EKU='serverAuth' \
  issue es-server.key es-server.crt "$O/CN=*.es.example.com" v3_leaf es-ca sha384 825

# --- Certificates that are wrong in one way each -----------------------------------------
key_ec cn-only.key P-256
issue cn-only.key cn-only.crt "$O/CN=fleet.example.com" v3_leaf_no_san fleet-intermediate sha256 825
key_ec expired.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue_dated expired.key expired.crt "$O/CN=expired.example.com" "$(utc '-400 days')" "$(utc '-30 days')"
key_ec not-yet-valid.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue_dated not-yet-valid.key not-yet-valid.crt "$O/CN=future.example.com" "$(utc '+30 days')" "$(utc '+400 days')"
key_ec expiring-soon.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue expiring-soon.key expiring-soon.crt "$O/CN=soon.example.com" v3_leaf fleet-intermediate sha256 10
key_ec wrong-ca.key P-256
self_signed wrong-ca.key wrong-ca.crt "$O/CN=Fleet Server Test Root CA" v3_root sha256
key_ec wrong-ca-leaf.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue wrong-ca-leaf.key wrong-ca-leaf.crt "$O/CN=fleet.example.com" v3_leaf wrong-ca sha256 825
key_ec san-mismatch.key P-256
SAN='DNS:other.example.com' EKU='serverAuth' \
  issue san-mismatch.key san-mismatch.crt "$O/CN=other.example.com" v3_leaf fleet-intermediate sha256 825
# The server certificates users most often bring by mistake: one made for the machine's
# own name rather than the URL agents dial (signed by the root, so only the name is
# wrong), and an Elasticsearch certificate from a CA other than the one agents trust.
key_ec fleet01-internal.key P-256
SAN='DNS:fleet01.internal' EKU='serverAuth' \
  issue fleet01-internal.key fleet01-internal.crt "$O/CN=fleet01.internal" v3_leaf fleet-ca sha256 825
key_ec other-ca.key P-256
self_signed other-ca.key other-ca.crt "$O/CN=Other Test Root CA" v3_root sha256
key_ec es-server-other-ca.key P-256
SAN='DNS:*.es.example.com' EKU='serverAuth' \
  issue es-server-other-ca.key es-server-other-ca.crt "$O/CN=*.es.example.com" v3_leaf other-ca sha256 825
key_ec orphan.key P-256
# A copy of the Fleet Server certificate with one byte of the signature changed.
ssl x509 -in fleet-server.crt -outform DER -out "$WORK/bad.der"
size=$(stat -c %s "$WORK/bad.der")
byte=$(od -An -tu1 -j $((size - 3)) -N1 "$WORK/bad.der" | tr -d ' ')
printf "\\$(printf '%03o' $(((byte + 1) % 256)))" | dd of="$WORK/bad.der" bs=1 seek=$((size - 3)) conv=notrunc status=none
ssl x509 -inform DER -in "$WORK/bad.der" -out bad-signature.crt
key_ec not-a-ca.key P-256
self_signed not-a-ca.key not-a-ca.crt "$O/CN=Not A CA" v3_no_basic_constraints sha256
key_ec not-a-ca-leaf.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue not-a-ca-leaf.key not-a-ca-leaf.crt "$O/CN=signed-by-not-a-ca.example.com" v3_leaf not-a-ca sha256 825
key_ec client-only-intermediate.key P-256
issue client-only-intermediate.key client-only-intermediate.crt "$O/CN=Client-only Intermediate CA" \
  v3_intermediate_client_only fleet-ca sha256 3000
key_ec eku-restricted-server.key P-256
SAN='DNS:restricted.example.com' EKU='serverAuth' \
  issue eku-restricted-server.key eku-restricted-server.crt "$O/CN=restricted.example.com" v3_leaf \
  client-only-intermediate sha256 825

# --- RSA, weak, PSS, Ed25519, unusual names ----------------------------------------------
key_rsa rsa-server.key 2048
SAN='DNS:rsa.example.com' EKU='serverAuth, clientAuth' \
  issue rsa-server.key rsa-server.crt "$O/CN=rsa.example.com" v3_leaf rsa-ca sha256 825
key_rsa weak-rsa1024.key 1024
SAN='DNS:weak.example.com' EKU='serverAuth' \
  issue weak-rsa1024.key weak-rsa1024.crt "$O/CN=weak.example.com" v3_leaf rsa-ca sha256 825
key_ec weak-sha1.key P-256
SAN='DNS:sha1.example.com' EKU='serverAuth' \
  issue weak-sha1.key weak-sha1.crt "$O/CN=sha1.example.com" v3_leaf rsa-ca sha1 825
key_ec rsa-pss-signed.key P-256
SAN='DNS:pss.example.com' EKU='serverAuth' \
  issue rsa-pss-signed.key rsa-pss-signed.crt "$O/CN=pss.example.com" v3_leaf rsa-ca sha256 825 \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
ssl genpkey -algorithm ED25519 -out ed25519.key
SAN='DNS:ed25519.example.com' self_signed ed25519.key ed25519.crt "$O/CN=Ed25519 Test CA" v3_root none
key_ec ed25519-signed.key P-256
SAN='DNS:ed.example.com' EKU='serverAuth' \
  issue ed25519-signed.key ed25519-signed.crt "$O/CN=ed.example.com" v3_leaf ed25519 none 825
ssl genpkey -algorithm ED448 -out ed448.key
ssl genpkey -algorithm X25519 -out x25519.key
key_ec unusual-subject.key P-256
ssl req -x509 -new -config "$CNF" -key unusual-subject.key -utf8 -multivalue-rdn -extensions v3_root -sha256 \
  -days 3650 -subj '/C=CH/O=Zürich Test, Ltd./OU=#hash "quotes"+OU=plus;semi/CN=\<ok\> ' -out unusual-subject.crt
key_ec xss-cn.key P-256
ssl req -x509 -new -config "$CNF" -key xss-cn.key -extensions v3_root -sha256 -days 3650 \
  -subj '/CN=<script>alert(1)<\/script>' -out xss-cn.crt
ssl req -new -config "$CNF" -key orphan.key -subj "$O/CN=csr.example.com" -out csr.pem

# --- One key in every format -------------------------------------------------------------
ssl pkey -in rsa-server.key -out rsa-server.pkcs8.key
ssl pkey -in rsa-server.key -traditional -out rsa-server.pkcs1.key
ssl pkcs8 -topk8 -in rsa-server.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout "pass:$KEY_PASS" \
  -out rsa-server.encrypted-pkcs8.key
ssl pkey -in rsa-server.key -traditional -aes256 -passout "pass:$KEY_PASS" -out rsa-server.legacy-aes256.key
ssl pkey -in rsa-server.key -traditional -des3 -passout "pass:$KEY_PASS" -out rsa-server.legacy-des3.key
ssl pkcs8 -topk8 -in rsa-server.key -v2 des3 -passout "pass:$KEY_PASS" -out rsa-server.encrypted-pkcs8-des3.key
ssl pkey -in fleet-server.key -traditional -out fleet-server.sec1.key
{ ssl ecparam -name prime256v1; cat fleet-server.sec1.key; } >fleet-server.sec1-with-params.key
ssl pkey -in fleet-server.key -aes256 -passout "pass:$KEY_PASS" -out fleet-server.encrypted-pkcs8.key
ssl pkcs8 -topk8 -in fleet-server.key -scrypt -passout "pass:$KEY_PASS" -out fleet-server.encrypted-pkcs8-scrypt.key
ssl pkey -in fleet-server.key -traditional -aes128 -passout "pass:$KEY_PASS" -out fleet-server.legacy-aes128.key
quiet genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out "$WORK/dsa.params"
ssl genpkey -paramfile "$WORK/dsa.params" -out dsa.key

# --- 150 CA certificates for the benchmark ----------------------------------------------
key_ec "$WORK/bench.key" P-256
: >ca-bundle-150.pem
for i in $(seq 1 "$BENCH_COUNT"); do
  ssl req -x509 -new -config "$CNF" -key "$WORK/bench.key" -subj "$O/CN=Bench CA $i" -extensions v3_root \
    -sha256 -days 3650 >>ca-bundle-150.pem
done

# --- Corrupted input ---------------------------------------------------------------------
: >empty.pem
head -c 400 fleet-server.crt >truncated.pem
sed '3s/^..../!*!*/' fleet-server.crt >bad-base64.pem
head -c 4096 /dev/urandom >random.bin
printf 'This is a README, not a certificate.\n' >not-a-cert.txt

# --- manifest.json -----------------------------------------------------------------------
# Hand-written facts: what each file is for and what a test may expect of it. Everything
# that openssl can tell (subjects, serials, dates, fingerprints) the tests ask openssl.
cert() { # name description signedBy key [more json members]
  local signed=null; [[ $3 != null ]] && signed="\"$3\""
  local key=null; [[ $4 != null ]] && key="\"$4\""
  printf '{"name":"%s","type":"certificate","description":"%s","signedBy":%s,"key":%s%s}' \
    "$1" "$2" "$signed" "$key" "${5:+,$5}"
}
keyf() { # name description format algorithm matches [more json members]
  local m=null; [[ $5 != null ]] && m="\"$5\""
  printf '{"name":"%s","type":"private-key","description":"%s","format":"%s","algorithm":"%s","matches":%s%s}' \
    "$1" "$2" "$3" "$4" "$m" "${6:+,$6}"
}
other() { printf '{"name":"%s","type":"%s","description":"%s"%s}' "$1" "$2" "$3" "${4:+,$4}"; }
chain() { # roots intermediates purpose expect -> "verify" member
  printf '"verify":{"roots":[%s],"intermediates":[%s],"purpose":%s,"expect":"%s"}' "$1" "$2" "$3" "$4"
}
FS='"hosts":["fleet.example.com","localhost"],"ips":["10.0.0.5","::1"]'
entries=(
  "$(cert fleet-ca.crt 'Fleet Server root CA, EC P-256' self fleet-ca.key '"ca":true')"
  "$(cert fleet-intermediate.crt 'Fleet Server intermediate CA (pathlen 0)' fleet-ca.crt fleet-intermediate.key '"ca":true')"
  "$(cert agent-ca.crt 'Agent root CA, EC P-521, ecdsa-with-SHA512' self agent-ca.key '"ca":true')"
  "$(cert es-ca.crt 'Elasticsearch root CA, EC P-384, ecdsa-with-SHA384' self es-ca.key '"ca":true')"
  "$(cert rsa-ca.crt 'RSA-2048 root CA' self rsa-ca.key '"ca":true')"
  "$(cert fleet-server.crt 'Fleet Server certificate via the intermediate; EKU serverAuth+clientAuth' fleet-intermediate.crt fleet-server.key "$FS,\"eku\":[\"serverAuth\",\"clientAuth\"],$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' ok)")"
  "$(other fleet-server-bundle.pem bundle 'Fleet Server certificate then the intermediate' '"contains":["fleet-server.crt","fleet-intermediate.crt"]')"
  "$(other fleet-server-bundle-reversed-crlf.pem bundle 'Intermediate then leaf, CRLF line endings, text before, between and after the blocks' '"contains":["fleet-intermediate.crt","fleet-server.crt"]')"
  "$(cert fleet-server.der 'The Fleet Server certificate in DER' fleet-intermediate.crt fleet-server.key '"format":"der","sameAs":"fleet-server.crt"')"
  "$(cert fleet-server.cer 'The Fleet Server certificate in DER, .cer extension' fleet-intermediate.crt fleet-server.key '"format":"der","sameAs":"fleet-server.crt"')"
  "$(other fleet-server.p12 pkcs12 'PKCS#12, OpenSSL 3 default (PBES2 AES-256-CBC, PBKDF2, SHA-256 MAC)' "\"password\":\"$P12_PASS\",\"legacy\":false,\"contains\":[\"fleet-server.key\",\"fleet-server.crt\",\"fleet-intermediate.crt\"]")"
  "$(other fleet-server-nopass.p12 pkcs12 'PKCS#12 with an empty password' '"password":"","legacy":false,"contains":["fleet-server.key","fleet-server.crt","fleet-intermediate.crt"]')"
  "$(other fleet-server-legacy.p12 pkcs12 'PKCS#12 -legacy (RC2-40 certificates, 3DES key, SHA-1 MAC)' "\"password\":\"$P12_PASS\",\"legacy\":true,\"expectProblems\":[\"pkcs12-legacy-unsupported\"]")"
  "$(other fleet-ca-trusted.pem trusted-certificate 'The Fleet Server CA as a TRUSTED CERTIFICATE block (openssl -trustout)' '"sameAs":"fleet-ca.crt"')"
  "$(cert agent-client.crt 'Agent client certificate, EKU clientAuth only' agent-ca.crt agent-client.key "\"hosts\":[\"agent-01.example.com\"],\"eku\":[\"clientAuth\"],$(chain '"agent-ca.crt"' '' '"clientAuth"' ok)")"
  "$(other agent-client-cert-and-key.pem cert-and-key 'Agent client certificate and its key in one PEM file' '"contains":["agent-client.crt","agent-client.key"]')"
  "$(cert es-server.crt 'Elasticsearch certificate, wildcard SAN' es-ca.crt es-server.key "\"hosts\":[\"*.es.example.com\"],\"eku\":[\"serverAuth\"],$(chain '"es-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert cn-only.crt 'CN=fleet.example.com and no SAN extension (Go rejects, openssl -checkhost accepts)' fleet-intermediate.crt cn-only.key "\"hosts\":[],$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' ok)")"
  "$(cert expired.crt 'Expired 30 days ago' fleet-intermediate.crt expired.key "$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' expired)")"
  "$(cert not-yet-valid.crt 'Valid from 30 days from now' fleet-intermediate.crt not-yet-valid.key "$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' not-yet-valid)")"
  "$(cert expiring-soon.crt 'Expires in 10 days' fleet-intermediate.crt expiring-soon.key "\"expiresInDays\":10,$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' ok)")"
  "$(cert wrong-ca.crt 'A different root with the same subject as the Fleet Server CA' self wrong-ca.key '"ca":true,"sameSubjectAs":"fleet-ca.crt"')"
  "$(cert wrong-ca-leaf.crt 'Signed by wrong-ca.crt: its issuer name is the Fleet Server CA name' wrong-ca.crt wrong-ca-leaf.key "$(chain '"fleet-ca.crt"' '' '"serverAuth"' unknown-authority)")"
  "$(cert san-mismatch.crt 'SAN other.example.com only' fleet-intermediate.crt san-mismatch.key "\"hosts\":[\"other.example.com\"],$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' ok)")"
  "$(cert fleet01-internal.crt 'Fleet Server certificate for the host name fleet01.internal, signed by the root' fleet-ca.crt fleet01-internal.key "\"hosts\":[\"fleet01.internal\"],\"eku\":[\"serverAuth\"],$(chain '"fleet-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert other-ca.crt 'Another root CA, EC P-256' self other-ca.key '"ca":true')"
  "$(cert es-server-other-ca.crt 'Elasticsearch wildcard certificate signed by other-ca.crt, not es-ca.crt' other-ca.crt es-server-other-ca.key "\"hosts\":[\"*.es.example.com\"],\"eku\":[\"serverAuth\"],$(chain '"other-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert bad-signature.crt 'fleet-server.crt with one signature byte changed' fleet-intermediate.crt fleet-server.key "$(chain '"fleet-ca.crt"' '"fleet-intermediate.crt"' '"serverAuth"' bad-signature)")"
  "$(cert not-a-ca.crt 'Self-signed, no basicConstraints extension, yet signs a leaf' self not-a-ca.key '"ca":false')"
  "$(cert not-a-ca-leaf.crt 'Signed by not-a-ca.crt' not-a-ca.crt not-a-ca-leaf.key "$(chain '"not-a-ca.crt"' '' '"serverAuth"' issuer-not-ca)")"
  "$(cert client-only-intermediate.crt 'Intermediate CA restricted to EKU clientAuth' fleet-ca.crt client-only-intermediate.key '"ca":true,"eku":["clientAuth"]')"
  "$(cert eku-restricted-server.crt 'Server certificate under the clientAuth-only intermediate' client-only-intermediate.crt eku-restricted-server.key "$(chain '"fleet-ca.crt"' '"client-only-intermediate.crt"' '"serverAuth"' incompatible-usage)")"
  "$(cert rsa-server.crt 'RSA-2048 server certificate' rsa-ca.crt rsa-server.key "$(chain '"rsa-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert weak-rsa1024.crt 'RSA-1024 key (weak; openssl and Go still verify it)' rsa-ca.crt weak-rsa1024.key "$(chain '"rsa-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert weak-sha1.crt 'Signed with sha1WithRSAEncryption' rsa-ca.crt weak-sha1.key "$(chain '"rsa-ca.crt"' '' '"serverAuth"' weak-signature)")"
  "$(cert rsa-pss-signed.crt 'Signed by the RSA CA with RSASSA-PSS (SHA-256, salt 32)' rsa-ca.crt rsa-pss-signed.key "$(chain '"rsa-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert ed25519.crt 'Ed25519 self-signed CA' self ed25519.key '"ca":true')"
  "$(cert ed25519-signed.crt 'Signed by the Ed25519 CA' ed25519.crt ed25519-signed.key "$(chain '"ed25519.crt"' '' '"serverAuth"' ok)")"
  "$(cert unusual-subject.crt 'UTF-8, a multi-valued RDN and characters RFC 2253 escapes' self unusual-subject.key)"
  "$(cert xss-cn.crt 'Subject CN is <script>alert(1)</script>' self xss-cn.key)"
  "$(other ca-bundle-150.pem bundle "$BENCH_COUNT self-signed EC P-256 CA certificates (benchmark)" "\"count\":$BENCH_COUNT")"
  "$(keyf fleet-ca.key 'PKCS#8' pkcs8 EC fleet-ca.crt '"curve":"P-256"')"
  "$(keyf fleet-intermediate.key 'PKCS#8' pkcs8 EC fleet-intermediate.crt '"curve":"P-256"')"
  "$(keyf agent-ca.key 'PKCS#8, P-521' pkcs8 EC agent-ca.crt '"curve":"P-521"')"
  "$(keyf es-ca.key 'PKCS#8, P-384' pkcs8 EC es-ca.crt '"curve":"P-384"')"
  "$(keyf rsa-ca.key 'PKCS#8 RSA-2048' pkcs8 RSA rsa-ca.crt '"bits":2048')"
  "$(keyf fleet-server.key 'PKCS#8' pkcs8 EC fleet-server.crt '"curve":"P-256"')"
  "$(keyf fleet-server.key.der 'PKCS#8 in DER' pkcs8 EC fleet-server.crt '"curve":"P-256","container":"der"')"
  "$(keyf fleet-server.sec1.key 'SEC1 EC PRIVATE KEY' sec1 EC fleet-server.crt '"curve":"P-256"')"
  "$(keyf fleet-server.sec1-with-params.key 'EC PARAMETERS block, then SEC1 EC PRIVATE KEY' sec1 EC fleet-server.crt '"curve":"P-256"')"
  "$(keyf fleet-server.encrypted-pkcs8.key 'Encrypted PKCS#8, PBES2 AES-256-CBC' encrypted-pkcs8 EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"cipher\":\"aes-256-cbc\"")"
  "$(keyf fleet-server.encrypted-pkcs8-scrypt.key 'Encrypted PKCS#8, PBES2 with scrypt, AES-256-CBC' encrypted-pkcs8 EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"cipher\":\"aes-256-cbc\",\"kdf\":\"scrypt\"")"
  "$(keyf fleet-server.legacy-aes128.key 'Legacy Proc-Type encrypted SEC1, AES-128-CBC' legacy-encrypted-pem EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"cipher\":\"AES-128-CBC\"")"
  "$(keyf rsa-server.key 'PKCS#8 RSA-2048' pkcs8 RSA rsa-server.crt '"bits":2048')"
  "$(keyf rsa-server.pkcs8.key 'PKCS#8 RSA-2048 (openssl pkey)' pkcs8 RSA rsa-server.crt '"bits":2048')"
  "$(keyf rsa-server.pkcs1.key 'PKCS#1 RSA PRIVATE KEY (-traditional)' pkcs1 RSA rsa-server.crt '"bits":2048')"
  "$(keyf rsa-server.encrypted-pkcs8.key 'Encrypted PKCS#8, PBES2 AES-256-CBC, hmacWithSHA256' encrypted-pkcs8 RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"cipher\":\"aes-256-cbc\"")"
  "$(keyf rsa-server.encrypted-pkcs8-des3.key 'Encrypted PKCS#8, PBES2 DES-EDE3-CBC' encrypted-pkcs8 RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"cipher\":\"des-ede3-cbc\"")"
  "$(keyf rsa-server.legacy-aes256.key 'Legacy Proc-Type encrypted PKCS#1, AES-256-CBC' legacy-encrypted-pem RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"cipher\":\"AES-256-CBC\"")"
  "$(keyf rsa-server.legacy-des3.key 'Legacy Proc-Type encrypted PKCS#1, DES-EDE3-CBC' legacy-encrypted-pem RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"cipher\":\"DES-EDE3-CBC\"")"
  "$(keyf weak-rsa1024.key 'PKCS#8 RSA-1024' pkcs8 RSA weak-rsa1024.crt '"bits":1024')"
  "$(keyf ed25519.key 'PKCS#8 Ed25519' pkcs8 Ed25519 ed25519.crt)"
  "$(keyf ed448.key 'PKCS#8 Ed448 (no certificate)' pkcs8 Ed448 null)"
  "$(keyf orphan.key 'PKCS#8 EC key that matches no certificate' pkcs8 EC null '"curve":"P-256"')"
  "$(keyf dsa.key 'PKCS#8 DSA-1024 key' pkcs8 DSA null '"expectProblems":["dsa-key-unsupported"]')"
  "$(keyf x25519.key 'PKCS#8 X25519 key (key agreement only)' pkcs8 X25519 null '"expectProblems":["key-algorithm-unsupported"]')"
  "$(other csr.pem csr 'A CERTIFICATE REQUEST block' '"expectProblems":["pem-unsupported-block"]')"
  "$(other empty.pem corrupt 'Zero bytes' '"expectProblems":["empty"]')"
  "$(other truncated.pem corrupt 'First 400 bytes of a certificate PEM: no END line' '"expectProblems":["pem-truncated"]')"
  "$(other bad-base64.pem corrupt 'Certificate PEM with non-base64 characters in the body' '"expectProblems":["pem-bad-base64"]')"
  "$(other random.bin corrupt '4 KiB from /dev/urandom, new on every run' '"expectProblems":["not-recognised"]')"
  "$(other not-a-cert.txt corrupt 'One line of text' '"expectProblems":["not-recognised"]')"
)
# The keys of the single-purpose certificates, listed without prose.
for k in agent-client es-server cn-only expired not-yet-valid expiring-soon wrong-ca wrong-ca-leaf san-mismatch \
  fleet01-internal other-ca es-server-other-ca \
  not-a-ca not-a-ca-leaf client-only-intermediate eku-restricted-server weak-sha1 rsa-pss-signed ed25519-signed \
  unusual-subject xss-cn; do
  entries+=("$(keyf "$k.key" 'PKCS#8' pkcs8 EC "$k.crt" '"curve":"P-256"')")
done

# === verdict- fixtures (branch i13-verdicts) ===============================================
# Files the connection verdicts are judged on, side by side with openssl and with what Go's
# crypto/x509 and elastic-agent-libs do. Each name starts with `verdict-`; the block makes
# its files in $OUT and adds their manifest entries before the manifest is written.
VD=$WORK/verdict
mkdir -p "$VD"
# A key the agent cannot open: PBES1 (pbeWithSHA1And3-KeyTripleDES-CBC) encrypted PKCS#8.
# elastic-agent-libs decrypts PKCS#8 with youmark/elastic pkcs8, whose ParsePrivateKey
# refuses anything but PBES2: "pkcs8: only PBES2 supported".
ssl pkcs8 -topk8 -in fleet-server.key -v1 PBE-SHA1-3DES -passout "pass:$KEY_PASS" -out verdict-pbes1.key
# Self-signed server certificates pinned as their own CA: CA:FALSE, and no basicConstraints.
# Go trusts a root as it is (verify.go: opts.Roots.contains(c)), openssl too.
cat >"$VD/self.cnf" <<EOF
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused
[ self_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:fleet.example.com, DNS:localhost
subjectKeyIdentifier = hash
[ self_no_bc ]
subjectAltName = DNS:fleet.example.com, DNS:localhost
subjectKeyIdentifier = hash
[ loop_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign
subjectKeyIdentifier = none
authorityKeyIdentifier = none
[ loop_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:fleet.example.com
subjectKeyIdentifier = none
authorityKeyIdentifier = none
EOF
key_ec verdict-self-signed-server.key P-256
ssl req -x509 -new -config "$VD/self.cnf" -key verdict-self-signed-server.key -subj "$O/CN=fleet.example.com" \
  -extensions self_leaf -sha256 -days 825 -out verdict-self-signed-server.crt
key_ec verdict-self-signed-no-bc.key P-256
ssl req -x509 -new -config "$VD/self.cnf" -key verdict-self-signed-no-bc.key -subj "$O/CN=fleet.example.com" \
  -extensions self_no_bc -sha256 -days 825 -out verdict-self-signed-no-bc.crt
# A CA file that also holds a server certificate beside the CA: the unused leaf is ignored.
cat fleet-ca.crt fleet01-internal.crt >verdict-ca-and-leaf.pem
# An expired root beside the right one, as in a system bundle: unused, it does not matter;
# and a leaf it signed, for which it does.
key_ec verdict-expired-root.key P-256
ssl req -new -config "$CNF" -key verdict-expired-root.key -subj "$O/CN=Verdict Expired Root CA" -out "$WORK/req.csr"
quiet ca -batch -config "$CNF" -selfsign -keyfile verdict-expired-root.key -in "$WORK/req.csr" \
  -out verdict-expired-root.crt -extensions v3_root -startdate "$(utc '-800 days')" -enddate "$(utc '-10 days')" -notext -preserveDN
cat verdict-expired-root.crt fleet-ca.crt es-ca.crt >verdict-trust-bundle-expired.pem
key_ec verdict-expired-root-leaf.key P-256
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  issue verdict-expired-root-leaf.key verdict-expired-root-leaf.crt "$O/CN=fleet.example.com" v3_leaf verdict-expired-root sha256 825
# No DNS SAN: elastic-agent-libs' verification_mode full falls back to the Common Name
# (tls_config.go verifyHostname); Go's own verifier (mode strict) does not. Signed by the
# root, so that the file alone is the whole chain; cn-only.crt with its intermediate too.
key_ec verdict-cn-only-other.key P-256
issue verdict-cn-only-other.key verdict-cn-only-other.crt "$O/CN=other.example.com" v3_leaf_no_san fleet-ca sha256 825
key_ec verdict-cn-ip-san.key P-256
SAN='IP:10.0.0.5' EKU='serverAuth' \
  issue verdict-cn-ip-san.key verdict-cn-ip-san.crt "$O/CN=fleet.example.com" v3_leaf fleet-ca sha256 825
key_ec verdict-cn-is-ip.key P-256
issue verdict-cn-is-ip.key verdict-cn-is-ip.crt "$O/CN=10.0.0.5" v3_leaf_no_san fleet-ca sha256 825
cat cn-only.crt fleet-intermediate.crt >verdict-cn-only-bundle.pem
# A loop of 13 same-named CAs over 4 keys, with no key identifiers: each key signed by every
# other, and one self-signed. A search that tells certificates apart only by fingerprint
# walks millions of paths; Go stops at 100 signature checks (verify.go maxChainSignatureChecks).
LOOP="/CN=Verdict Loop CA"
for i in 0 1 2 3; do
  key_ec "$VD/loop$i.key" P-256
  ssl req -x509 -new -config "$VD/self.cnf" -key "$VD/loop$i.key" -subj "$LOOP" -extensions loop_ca -sha256 -days 3650 -out "$VD/loop$i.crt"
done
: >verdict-loop-cas.pem
for i in 0 1 2 3; do
  for j in 0 1 2 3; do
    [[ $i == "$j" ]] && continue
    ssl req -new -config "$VD/self.cnf" -key "$VD/loop$i.key" -subj "$LOOP" -out "$WORK/req.csr"
    quiet x509 -req -in "$WORK/req.csr" -CA "$VD/loop$j.crt" -CAkey "$VD/loop$j.key" -days 3650 \
      -extfile "$VD/self.cnf" -extensions loop_ca -sha256 -out "$VD/loop.crt"
    cat "$VD/loop.crt" >>verdict-loop-cas.pem
  done
done
cat "$VD/loop0.crt" >>verdict-loop-cas.pem
key_ec verdict-loop-leaf.key P-256
ssl req -new -config "$VD/self.cnf" -key verdict-loop-leaf.key -subj "/CN=fleet.example.com" -out "$WORK/req.csr"
quiet x509 -req -in "$WORK/req.csr" -CA "$VD/loop0.crt" -CAkey "$VD/loop0.key" -days 825 \
  -extfile "$VD/self.cnf" -extensions loop_leaf -sha256 -out verdict-loop-leaf.crt
cat verdict-loop-leaf.crt verdict-loop-cas.pem >verdict-loop-chain.pem
# 20 roots with one name and 20 keys, and a leaf from the last: Go tries the root whose
# subject key id matches the leaf's authority key id first (cert_pool.go findPotentialParents).
VERDICT_SAME=20
: >verdict-same-name-cas.pem
for i in $(seq 1 "$VERDICT_SAME"); do
  key_ec "$VD/same.key" P-256
  ssl req -x509 -new -config "$CNF" -key "$VD/same.key" -subj "$O/CN=Verdict Same Name CA" -extensions v3_root \
    -sha256 -days 3650 -out "$VD/same.crt"
  cat "$VD/same.crt" >>verdict-same-name-cas.pem
done
key_ec verdict-same-name-leaf.key P-256
ssl req -new -config "$CNF" -key verdict-same-name-leaf.key -subj "$O/CN=fleet.example.com" -out "$WORK/req.csr"
SAN='DNS:fleet.example.com' EKU='serverAuth' \
  quiet x509 -req -in "$WORK/req.csr" -CA "$VD/same.crt" -CAkey "$VD/same.key" -days 825 \
  -extfile "$CNF" -extensions v3_leaf -sha256 -out verdict-same-name-leaf.crt

entries+=(
  "$(keyf verdict-pbes1.key 'Encrypted PKCS#8, PBES1 pbeWithSHA1And3-KeyTripleDES-CBC: elastic-agent-libs refuses it (pkcs8: only PBES2 supported)' encrypted-pkcs8 EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"cipher\":\"pbeWithSHA1And3-KeyTripleDES-CBC\",\"expectProblems\":[\"key-pbes1-unsupported\"]")"
  "$(cert verdict-self-signed-server.crt 'Self-signed server certificate, CA:FALSE, SAN fleet.example.com and localhost' self verdict-self-signed-server.key "\"hosts\":[\"fleet.example.com\",\"localhost\"],\"ca\":false,$(chain '"verdict-self-signed-server.crt"' '' '"serverAuth"' ok)")"
  "$(cert verdict-self-signed-no-bc.crt 'Self-signed server certificate without basicConstraints or EKU, SAN fleet.example.com and localhost' self verdict-self-signed-no-bc.key "\"hosts\":[\"fleet.example.com\",\"localhost\"],\"ca\":false,$(chain '"verdict-self-signed-no-bc.crt"' '' '"serverAuth"' ok)")"
  "$(other verdict-ca-and-leaf.pem bundle 'The Fleet Server CA, then a server certificate it signed' '"contains":["fleet-ca.crt","fleet01-internal.crt"]')"
  "$(cert verdict-expired-root.crt 'A root CA that expired 10 days ago' self verdict-expired-root.key '"ca":true')"
  "$(other verdict-trust-bundle-expired.pem bundle 'A trust bundle: an expired root, the Fleet Server CA, the Elasticsearch CA' '"contains":["verdict-expired-root.crt","fleet-ca.crt","es-ca.crt"]')"
  "$(cert verdict-expired-root-leaf.crt 'Server certificate for fleet.example.com signed by the expired root' verdict-expired-root.crt verdict-expired-root-leaf.key "\"hosts\":[\"fleet.example.com\"],$(chain '"verdict-expired-root.crt"' '' '"serverAuth"' expired)")"
  "$(cert verdict-cn-only-other.crt 'CN=other.example.com and no SAN extension, signed by the root' fleet-ca.crt verdict-cn-only-other.key "\"hosts\":[],$(chain '"fleet-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert verdict-cn-ip-san.crt 'CN=fleet.example.com, SAN IP:10.0.0.5 only (no DNS SAN), signed by the root' fleet-ca.crt verdict-cn-ip-san.key "\"hosts\":[],\"ips\":[\"10.0.0.5\"],$(chain '"fleet-ca.crt"' '' '"serverAuth"' ok)")"
  "$(cert verdict-cn-is-ip.crt 'CN=10.0.0.5 and no SAN extension, signed by the root' fleet-ca.crt verdict-cn-is-ip.key "\"hosts\":[],$(chain '"fleet-ca.crt"' '' '"serverAuth"' ok)")"
  "$(other verdict-cn-only-bundle.pem bundle 'cn-only.crt then its intermediate' '"contains":["cn-only.crt","fleet-intermediate.crt"]')"
  "$(other verdict-loop-cas.pem bundle '13 CA certificates named Verdict Loop CA over 4 keys, each key signed by every other and one self-signed; no key identifiers' '"count":13')"
  "$(cert verdict-loop-leaf.crt 'Server certificate for fleet.example.com issued by the Verdict Loop CA name (key 0), no key identifiers' null verdict-loop-leaf.key "$(chain '"fleet-ca.crt"' '"verdict-loop-cas.pem"' '"serverAuth"' unknown-authority)")"
  "$(other verdict-loop-chain.pem bundle 'verdict-loop-leaf.crt then the 13 loop CAs, as a server would send them' '"contains":["verdict-loop-leaf.crt","verdict-loop-cas.pem"]')"
  "$(other verdict-same-name-cas.pem bundle "$VERDICT_SAME self-signed roots named Verdict Same Name CA, each with its own key" "\"count\":$VERDICT_SAME")"
  "$(cert verdict-same-name-leaf.crt 'Server certificate from the last of the same-named roots' null verdict-same-name-leaf.key "\"hosts\":[\"fleet.example.com\"],$(chain '"verdict-same-name-cas.pem"' '' '"serverAuth"' ok)")"
)
for k in verdict-self-signed-server verdict-self-signed-no-bc verdict-expired-root verdict-expired-root-leaf \
  verdict-cn-only-other verdict-cn-ip-san verdict-cn-is-ip verdict-loop-leaf verdict-same-name-leaf; do
  entries+=("$(keyf "$k.key" 'PKCS#8' pkcs8 EC "$k.crt" '"curve":"P-256"')")
done
# === end of the verdict- fixtures ==========================================================
# === engine-: the certificate engine's reproducers ======================================
# One fixture per finding of the engine's robustness audit (mutated files, resource bombs):
# certificates whose framing Go or OpenSSL refuse, rebuilt from fleet-server.crt's own
# fields and signed again by the intermediate so that only the shape is wrong; PKCS#12
# archives the engine once refused; files whose key derivation would run for minutes to
# days; keys Elastic Agent cannot open. The bombs are made by changing a number in a
# small file, never by having openssl do the work.
ENGINE=$WORK/engine
mkdir -p "$ENGINE"
# der_len N: the DER length octets of N, as printf escapes.
der_len() {
  local n=$1
  if ((n < 0x80)); then printf '\\x%02x' "$n"
  elif ((n < 0x100)); then printf '\\x81\\x%02x' "$n"
  elif ((n < 0x10000)); then printf '\\x82\\x%02x\\x%02x' $((n >> 8)) $((n & 255))
  else printf '\\x83\\x%02x\\x%02x\\x%02x' $((n >> 16)) $(((n >> 8) & 255)) $((n & 255)); fi
}
# der_wrap TAG FILE...: one DER element, tag TAG (two hex digits), around the files' bytes.
der_wrap() {
  local tag=$1
  shift
  # shellcheck disable=SC2059
  printf "\\x$tag$(der_len "$(cat "$@" | wc -c)")"
  cat "$@"
}
# der_split FILE DEPTH DIR: the elements at DEPTH inside FILE's first element at DEPTH-1,
# as the files DIR/0, DIR/1, … (offsets from openssl asn1parse).
der_split() {
  local file=$1 depth=$2 dir=$3 i=0 end=-1 off d hl len
  rm -rf "$dir"
  mkdir -p "$dir"
  while read -r off d hl len; do
    if ((d == depth - 1 && end < 0)); then end=$((off + hl + len)); continue; fi
    if ((d == depth && end >= 0 && off < end)); then
      tail -c +$((off + 1)) "$file" | head -c $((hl + len)) >"$dir/$i"
      i=$((i + 1))
    fi
  done < <(ssl asn1parse -inform DER -in "$file" | sed -E 's/^ *([0-9]+):d=([0-9]+) +hl= *([0-9]+) +l= *([0-9]+).*/\1 \2 \3 \4/')
}
# signed_cert OUT FIELD...: a certificate with these TBS fields, signed by the Fleet Server
# intermediate (ecdsa-with-SHA256), as PEM: openssl would not write one it cannot read.
printf '\x30\x0a\x06\x08\x2a\x86\x48\xce\x3d\x04\x03\x02' >"$ENGINE/ecdsa-sha256"
signed_cert() {
  local out=$1
  shift
  der_wrap 30 "$@" >"$ENGINE/tbs"
  ssl dgst -sha256 -sign fleet-intermediate.key -out "$ENGINE/signature" "$ENGINE/tbs"
  { printf '\x00'; cat "$ENGINE/signature"; } >"$ENGINE/bits"
  der_wrap 03 "$ENGINE/bits" >"$ENGINE/bit-string"
  der_wrap 30 "$ENGINE/tbs" "$ENGINE/ecdsa-sha256" "$ENGINE/bit-string" >"$ENGINE/cert.der"
  { echo '-----BEGIN CERTIFICATE-----'; base64 -w 64 "$ENGINE/cert.der"; echo '-----END CERTIFICATE-----'; } >"$out"
}
# fleet-server.crt's TBS: 0 version, 1 serial, 2 signature, 3 issuer, 4 validity, 5 subject, 6 key, 7 extensions.
ssl x509 -in fleet-server.crt -outform DER -out "$ENGINE/leaf.der"
der_split "$ENGINE/leaf.der" 2 "$ENGINE/f"
F=$ENGINE/f
printf '\x02\x01\x05' >"$ENGINE/extra-field"
printf '\x30\x0a\x06\x08\x2a\x86\x48\xce\x3d\x04\x03\x03' >"$ENGINE/ecdsa-sha384"
printf '\x30\x03\x02\x01\x00' >"$ENGINE/not-an-algorithm"
printf '\xa0\x03\x02\x01\x05' >"$ENGINE/version-6"
signed_cert engine-extra-tbs-field.crt "$F"/{0..7} "$ENGINE/extra-field"
signed_cert engine-inner-sigalg-mismatch.crt "$F"/{0,1} "$ENGINE/ecdsa-sha384" "$F"/{3..7}
signed_cert engine-bad-inner-sigalg.crt "$F"/{0,1} "$ENGINE/not-an-algorithm" "$F"/{3..7}
signed_cert engine-bad-version.crt "$ENGINE/version-6" "$F"/{1..7}
signed_cert engine-v1-with-extensions.crt "$F"/{1..7}

# A leaf with 10,000 DNS names (Go and OpenSSL read it; the library's node limit did not).
{
  printf '[ many_names ]\nbasicConstraints = critical, CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = @names\n[ names ]\n'
  seq 1 10000 | sed 's/.*/DNS.& = host-&.example.com/'
} >"$ENGINE/many-names.cnf"
ssl req -new -config "$CNF" -key fleet-server.key -subj "$O/CN=host-1.example.com" -out "$ENGINE/many-names.csr"
quiet x509 -req -in "$ENGINE/many-names.csr" -CA fleet-intermediate.crt -CAkey fleet-intermediate.key -days 825 \
  -extfile "$ENGINE/many-names.cnf" -extensions many_names -sha256 -out engine-many-sans.crt

# PKCS#12 that OpenSSL 3 reads without the legacy provider.
p12() { ssl pkcs12 -export -in fleet-server.crt -inkey fleet-server.key -name fleet-server -passout "pass:$P12_PASS" "$@"; }
p12 -certfile fleet-intermediate.crt -nomac -out engine-nomac.p12
cat ca-bundle-150.pem ca-bundle-150.pem fleet-intermediate.crt >"$ENGINE/many.pem"
p12 -certfile "$ENGINE/many.pem" -out engine-many-certs.p12
p12 -certfile fleet-intermediate.crt -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -out engine-3des.p12

# MAC bombs: fleet-server.p12 with its MacData rebuilt. 0 version, 1 authSafe, 2 macData;
# macData: 0 DigestInfo, 1 salt, 2 iterations.
der_split fleet-server.p12 1 "$ENGINE/p"
der_split "$ENGINE/p/2" 1 "$ENGINE/m"
der_split "$ENGINE/m/0" 1 "$ENGINE/d"
printf '\x02\x04\x7f\xff\xff\xff' >"$ENGINE/iterations-max"
der_wrap 30 "$ENGINE/m/0" "$ENGINE/m/1" "$ENGINE/iterations-max" >"$ENGINE/mac"
der_wrap 30 "$ENGINE/p/0" "$ENGINE/p/1" "$ENGINE/mac" >engine-mac-iterations.p12
head -c 60000 /dev/zero >"$ENGINE/zeros"
der_wrap 04 "$ENGINE/zeros" >"$ENGINE/long-digest"
der_wrap 30 "$ENGINE/d/0" "$ENGINE/long-digest" >"$ENGINE/digest-info"
der_wrap 30 "$ENGINE/digest-info" "$ENGINE/m/1" "$ENGINE/m/2" >"$ENGINE/mac"
der_wrap 30 "$ENGINE/p/0" "$ENGINE/p/1" "$ENGINE/mac" >engine-mac-long-digest.p12

hex() { od -An -v -tx1 "$1" | tr -d ' \n'; }
unhex() { printf '%b' "$(sed 's/../\\x&/g')"; }
# Key derivation bombs. PBKDF2: a key written with 65,536 iterations (INTEGER 01 00 00),
# patched to 8,388,607 (7f ff ff), twenty times in one file. scrypt: the block size r
# (INTEGER 08 after N = 16384) patched to 127, 254 MiB of memory for one key.
ssl pkcs8 -topk8 -in fleet-server.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 65536 -passout "pass:$KEY_PASS" \
  -outform DER -out "$ENGINE/pbkdf2.der"
hex "$ENGINE/pbkdf2.der" | sed 's/020301000030/02037fffff30/' |
  unhex >"$ENGINE/pbkdf2-bomb.der"
for _ in $(seq 1 20); do
  echo '-----BEGIN ENCRYPTED PRIVATE KEY-----'; base64 -w 64 "$ENGINE/pbkdf2-bomb.der"; echo '-----END ENCRYPTED PRIVATE KEY-----'
done >engine-pbkdf2-20-keys.pem
ssl pkcs8 -topk8 -in fleet-server.key -scrypt -passout "pass:$KEY_PASS" -outform DER -out "$ENGINE/scrypt.der"
hex "$ENGINE/scrypt.der" | sed 's/0202400002010802/0202400002017f02/' |
  unhex >"$ENGINE/scrypt-bomb.der"
{ echo '-----BEGIN ENCRYPTED PRIVATE KEY-----'; base64 -w 64 "$ENGINE/scrypt-bomb.der"; echo '-----END ENCRYPTED PRIVATE KEY-----'; } \
  >engine-scrypt-memory.key

# Just within the budget: seconds of work, for the page's Stop (e2e/certificates.spec.ts).
hex "$ENGINE/pbkdf2.der" | sed 's/020301000030/02034a000030/' | unhex >"$ENGINE/pbkdf2-slow.der"
hex "$ENGINE/scrypt.der" | sed 's/02024000020108020101/02024000020108020104/' | unhex >"$ENGINE/scrypt-slow.der"
for k in pbkdf2-slow scrypt-slow; do
  echo '-----BEGIN ENCRYPTED PRIVATE KEY-----'; base64 -w 64 "$ENGINE/$k.der"; echo '-----END ENCRYPTED PRIVATE KEY-----'
done >engine-slow-within-budget.pem

# Encrypted PKCS#8 that OpenSSL opens and Elastic Agent does not (PBES1; a PBKDF2 PRF other than SHA-1/SHA-256).
ssl pkcs8 -topk8 -in rsa-server.key -v1 PBE-SHA1-3DES -passout "pass:$KEY_PASS" -out engine-pbes1-3des.key
ssl pkcs8 -topk8 -in rsa-server.key -v2 aes-256-cbc -v2prf hmacWithSHA512 -passout "pass:$KEY_PASS" -out engine-prf-sha512.key

engine_malformed() { other "$1" corrupt "$2" '"expectProblems":["certificate-malformed"]'; }
entries+=(
  "$(engine_malformed engine-extra-tbs-field.crt 'fleet-server.crt with an INTEGER after the extensions, signed again (OpenSSL refuses; Go ignores it)')"
  "$(engine_malformed engine-inner-sigalg-mismatch.crt 'Signed part names ecdsa-with-SHA384, the outer algorithm ecdsa-with-SHA256 (Go refuses)')"
  "$(engine_malformed engine-bad-inner-sigalg.crt 'The signed part has SEQUENCE { INTEGER } for its signature algorithm')"
  "$(engine_malformed engine-bad-version.crt 'Version 6 (INTEGER 5)')"
  "$(engine_malformed engine-v1-with-extensions.crt 'No version field (v1), yet extensions')"
  "$(cert engine-many-sans.crt 'Leaf with 10,000 DNS names' fleet-intermediate.crt fleet-server.key '"count":10000')"
  "$(other engine-nomac.p12 pkcs12 'PKCS#12 without a MAC (-nomac)' "\"password\":\"$P12_PASS\",\"legacy\":false,\"contains\":[\"fleet-server.key\",\"fleet-server.crt\",\"fleet-intermediate.crt\"]")"
  "$(other engine-many-certs.p12 pkcs12 'PKCS#12 with the key, its certificate and 301 more certificates' "\"password\":\"$P12_PASS\",\"legacy\":false,\"count\":302")"
  "$(other engine-3des.p12 pkcs12 'PKCS#12 with PBE-SHA1-3DES for the key and the certificates, SHA-1 MAC' "\"password\":\"$P12_PASS\",\"legacy\":false,\"contains\":[\"fleet-server.key\",\"fleet-server.crt\",\"fleet-intermediate.crt\"]")"
  "$(other engine-mac-iterations.p12 pkcs12 'fleet-server.p12 with 2,147,483,647 MAC iterations' "\"password\":\"$P12_PASS\",\"legacy\":false,\"expectProblems\":[\"work-limit-exceeded\"]")"
  "$(other engine-mac-long-digest.p12 pkcs12 'fleet-server.p12 with a 60,000-byte MAC digest' "\"password\":\"$P12_PASS\",\"legacy\":false,\"expectProblems\":[\"work-limit-exceeded\"]")"
  "$(keyf engine-pbkdf2-20-keys.pem 'Twenty encrypted PKCS#8 keys of 8,388,607 PBKDF2 iterations each' encrypted-pkcs8 EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"count\":20,\"expectProblems\":[\"work-limit-exceeded\"]")"
  "$(keyf engine-scrypt-memory.key 'Encrypted PKCS#8, scrypt N=16384 r=127: 254 MiB' encrypted-pkcs8 EC fleet-server.crt "\"curve\":\"P-256\",\"passphrase\":\"$KEY_PASS\",\"expectProblems\":[\"work-limit-exceeded\"]")"
  "$(other engine-slow-within-budget.pem slow-keys 'Two encrypted keys whose counts were raised to just within one file’s budget (PBKDF2 4,849,664 iterations; scrypt N=16384 r=8 p=4): seconds of work, then a wrong password' '"count":2')"
  "$(keyf engine-pbes1-3des.key 'Encrypted PKCS#8, PBES1 pbeWithSHA1And3-KeyTripleDES-CBC (OpenSSL opens it, Elastic Agent does not)' encrypted-pkcs8 RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"expectProblems\":[\"encrypted-key-agent-unsupported\"]")"
  "$(keyf engine-prf-sha512.key 'Encrypted PKCS#8, PBES2 AES-256-CBC with hmacWithSHA512 (Elastic Agent takes SHA-1 and SHA-256 only)' encrypted-pkcs8 RSA rsa-server.crt "\"bits\":2048,\"passphrase\":\"$KEY_PASS\",\"expectProblems\":[\"encrypted-key-agent-unsupported\"]")"
)
# === end of engine- ========================================================================

{
  printf '{\n"generatedBy":"scripts/make-fixtures.sh",\n"openssl":"%s",\n' "$(ssl version)"
  printf '"generatedAt":"%s",\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '"passphrases":{"key":"%s","pkcs12":"%s"},\n"files":[\n' "$KEY_PASS" "$P12_PASS"
  sep=''
  for e in "${entries[@]}"; do printf '%s%s' "$sep" "$e"; sep=$',\n'; done
  printf '\n]}\n'
} >manifest.json

# Every file is described, and every description names a file.
listed=$(grep -o '"name":"[^"]*"' manifest.json | cut -d'"' -f4 | sort)
present=$(find . -maxdepth 1 -type f ! -name manifest.json -printf '%f\n' | sort)
if [[ $listed != "$present" ]]; then
  echo "manifest.json and the files disagree:" >&2
  diff <(echo "$listed") <(echo "$present") >&2 || true
  exit 1
fi

cd - >/dev/null
rm -rf "$TARGET"
mv "$OUT" "$TARGET"
echo "wrote $(echo "$present" | wc -l) fixtures and manifest.json to $DIR"

# --- cli-: for the command line's tests (src/cli) ----------------------------------------
# A server certificate with a SAN of every type and a UTF-8 subject, signed by the Fleet
# Server root, with its key. Made in the work directory once the fixtures above are in
# place, then moved in beside them and described in manifest.json (a rename each; the
# lock is held until the script ends, so a run waiting for it sees them all).
CLI_OUT=$WORK/cli
mkdir -p "$CLI_OUT"
cp "$TARGET/fleet-ca.crt" "$TARGET/fleet-ca.key" "$CLI_OUT/"
(
  cd "$CLI_OUT"
  key_ec cli-all-sans.key P-256
  ssl req -new -config "$CNF" -utf8 -key cli-all-sans.key -out "$WORK/req.csr" \
    -subj "$O/OU=Zürich Ops/CN=fleet.example.com"
  SAN='DNS:fleet.example.com, IP:10.0.0.5, IP:2001:db8::1, email:ops@example.com, URI:spiffe://example.com/fleet-server' \
    EKU='serverAuth, clientAuth' quiet x509 -req -in "$WORK/req.csr" -CA fleet-ca.crt -CAkey fleet-ca.key -days 825 \
    -extfile "$CNF" -extensions v3_leaf -sha256 -out cli-all-sans.crt
)
cli_entries=(
  "$(cert cli-all-sans.crt 'Fleet Server certificate with DNS, IP (v4 and v6), email and URI SANs and a UTF-8 subject (OU=Zürich Ops)' fleet-ca.crt cli-all-sans.key '"hosts":["fleet.example.com"],"ips":["10.0.0.5","2001:db8::1"],"eku":["serverAuth","clientAuth"]')"
  "$(keyf cli-all-sans.key 'PKCS#8' pkcs8 EC cli-all-sans.crt '"curve":"P-256"')"
)
{
  head -c -4 "$TARGET/manifest.json" # everything before the closing "\n]}\n"
  for e in "${cli_entries[@]}"; do printf ',\n%s' "$e"; done
  printf '\n]}\n'
} >"$CLI_OUT/manifest.json"
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$CLI_OUT/manifest.json"
mv "$CLI_OUT/cli-all-sans.crt" "$CLI_OUT/cli-all-sans.key" "$TARGET/"
mv "$CLI_OUT/manifest.json" "$TARGET/manifest.json"
echo "wrote the cli- fixtures to $DIR"
