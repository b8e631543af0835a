import type { TJson, TJsonObject } from "../model.ts";

/** DSSE payload type of an in-toto Statement (https://github.com/in-toto/attestation/blob/main/spec/v1/envelope.md). */
export const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
export const IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export const STACKVEND_PREDICATE_TYPE = "https://stackvend.dev/provenance/v1";

export interface TSubject {
  name: string;
  digest: { sha256: string };
}

export interface TStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: TSubject[];
  predicateType: string;
  predicate: TJsonObject;
}

export interface TEnvelope {
  payload: string;
  payloadType: string;
  signatures: { keyid: string; sig: string }[];
}

/** Signs bytes (Ed25519 in Stackvend); injected so the engine stays free of keys and I/O. */
export type TSign = (data: Uint8Array) => Uint8Array;
export type TVerify = (data: Uint8Array, signature: Uint8Array) => boolean;

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * DSSE's pre-authentication encoding: what is signed is the payload type and
 * body with their byte lengths, so neither can be swapped or cut.
 */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const head = encoder.encode(
    `DSSEv1 ${encoder.encode(payloadType).length} ${payloadType} ${payload.length} `,
  );
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

export function buildStatement(subject: TSubject[], predicate: TJsonObject): TStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subject.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
    predicateType: STACKVEND_PREDICATE_TYPE,
    predicate,
  };
}

export function signEnvelope(statement: TStatement, keyid: string, sign: TSign): TEnvelope {
  const payload = encoder.encode(JSON.stringify(statement));
  const signature = sign(preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
  return {
    payload: toBase64(payload),
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    signatures: [{ keyid, sig: toBase64(signature) }],
  };
}

export type TVerifyResult = { ok: true; statement: TStatement } | { ok: false; reason: string };

function isObject(value: unknown): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readStatement(json: TJson): TStatement | string {
  if (!isObject(json)) return "the payload is not a JSON object";
  if (json["_type"] !== IN_TOTO_STATEMENT_TYPE) return `the payload's _type is not ${IN_TOTO_STATEMENT_TYPE}`;
  const subject = json["subject"];
  if (!Array.isArray(subject) || subject.length === 0) return "the statement names no subject";
  for (const s of subject) {
    if (!isObject(s) || typeof s["name"] !== "string" || !isObject(s["digest"])) {
      return "a subject lacks a name or digest";
    }
    if (typeof s["digest"]["sha256"] !== "string") return `subject ${s["name"]} has no sha256 digest`;
  }
  if (typeof json["predicateType"] !== "string" || !isObject(json["predicate"])) {
    return "the statement has no predicate";
  }
  return json as unknown as TStatement;
}

/**
 * Checks a DSSE envelope: the payload type, at least one signature that the
 * given key verifies over the pre-authentication encoding, and an in-toto
 * Statement v1 inside. Returns the statement; trusts nothing before that.
 */
export function verifyEnvelope(envelope: unknown, verify: TVerify): TVerifyResult {
  if (!isObject(envelope)) return { ok: false, reason: "the envelope is not a JSON object" };
  const { payload, payloadType, signatures } = envelope;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return { ok: false, reason: `the envelope's payloadType is not ${IN_TOTO_PAYLOAD_TYPE}` };
  }
  if (typeof payload !== "string") return { ok: false, reason: "the envelope has no payload" };
  if (!Array.isArray(signatures) || signatures.length === 0) {
    return { ok: false, reason: "the envelope has no signature" };
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(payload);
  } catch {
    return { ok: false, reason: "the payload is not base64" };
  }
  const signed = preAuthEncoding(payloadType, bytes);
  const valid = signatures.some((s) => {
    if (!isObject(s) || typeof s["sig"] !== "string") return false;
    try {
      return verify(signed, fromBase64(s["sig"]));
    } catch {
      return false;
    }
  });
  if (!valid) return { ok: false, reason: "no signature verifies with this key" };
  let json: TJson;
  try {
    json = JSON.parse(decoder.decode(bytes)) as TJson;
  } catch {
    return { ok: false, reason: "the payload is not JSON" };
  }
  const statement = readStatement(json);
  return typeof statement === "string" ? { ok: false, reason: statement } : { ok: true, statement };
}
