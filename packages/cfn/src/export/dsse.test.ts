import { generateKeyPairSync, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  buildStatement,
  fromBase64,
  preAuthEncoding,
  signEnvelope,
  toBase64,
  verifyEnvelope,
  type TEnvelope,
} from "./dsse.ts";

const keys = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const signer = (data: Uint8Array) => new Uint8Array(sign(null, data, keys.privateKey));
const verifierOf = (key: typeof keys.publicKey) => (data: Uint8Array, sig: Uint8Array) =>
  verify(null, data, key, sig);

const statement = buildStatement([{ name: "template.yaml", digest: { sha256: "ab".repeat(32) } }], {
  request: "REQ-7",
});

describe("DSSE envelope", () => {
  it("encodes the DSSE v1 pre-authentication string", () => {
    const pae = new TextDecoder().decode(
      preAuthEncoding("http://example.com/HelloWorld", new TextEncoder().encode("hello world")),
    );
    expect(pae).toBe("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
  });

  it("signs an in-toto Statement v1 that verifies with the public key", () => {
    const envelope = signEnvelope(statement, "key-1", signer);
    expect(envelope.payloadType).toBe("application/vnd.in-toto+json");
    expect(JSON.parse(new TextDecoder().decode(fromBase64(envelope.payload)))).toMatchObject({
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ name: "template.yaml", digest: { sha256: "ab".repeat(32) } }],
    });
    const checked = verifyEnvelope(envelope, verifierOf(keys.publicKey));
    expect(checked).toEqual({ ok: true, statement });
  });

  it("refuses another key, a changed payload and a missing signature", () => {
    const envelope = signEnvelope(statement, "key-1", signer);
    expect(verifyEnvelope(envelope, verifierOf(other.publicKey))).toEqual({
      ok: false,
      reason: "no signature verifies with this key",
    });
    const changed = { ...statement, predicate: { request: "REQ-8" } };
    const tampered: TEnvelope = {
      ...envelope,
      payload: toBase64(new TextEncoder().encode(JSON.stringify(changed))),
    };
    expect(verifyEnvelope(tampered, verifierOf(keys.publicKey)).ok).toBe(false);
    expect(verifyEnvelope({ ...envelope, signatures: [] }, verifierOf(keys.publicKey))).toEqual({
      ok: false,
      reason: "the envelope has no signature",
    });
  });
});
