import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";

/** The installation's Ed25519 key as the services use it: sign bytes, name the key, publish its public half. */
export interface TArtifactSigner {
  /** "sha256:" + hex sha256 of the public key's SPKI DER: names the key in envelopes. */
  keyId: string;
  publicKeyPem: string;
  sign(data: Uint8Array): Uint8Array;
}

export class SigningKeyError extends Error {}

function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  return `sha256:${createHash("sha256").update(der).digest("hex")}`;
}

/** A signer from a PKCS#8 PEM private key; anything but Ed25519 is refused with the reason. */
export function signerFromPem(pem: string): TArtifactSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError("is not a PEM private key (-----BEGIN PRIVATE KEY----- …)");
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new SigningKeyError(`must be an Ed25519 key, not ${privateKey.asymmetricKeyType ?? "unknown"}`);
  }
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    sign: (data) => new Uint8Array(sign(null, data, privateKey)),
  };
}

/** A new Ed25519 private key as PKCS#8 PEM (`openssl genpkey -algorithm ed25519` gives the same). */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/** Checks a signature with a PEM public key (SPKI), as the verify command and the tests do. */
export function verifierFromPem(publicKeyPem: string): (data: Uint8Array, signature: Uint8Array) => boolean {
  const publicKey = createPublicKey(publicKeyPem);
  return (data, signature) => verify(null, data, publicKey, signature);
}

let processSigner: TArtifactSigner | undefined;

/**
 * For callers with no installation key (tests, seed scripts): a key made for
 * this process only. The web server always passes the installation's key.
 */
export function processSigningKey(): TArtifactSigner {
  processSigner ??= signerFromPem(generateSigningKeyPem());
  return processSigner;
}
