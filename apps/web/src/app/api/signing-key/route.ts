import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/**
 * GET /api/signing-key — the installation's Ed25519 public key (PEM), which
 * verifies every export bundle: `npx stackvend-cfn verify bundle.zip --key public.pem`.
 * Public by design: a public key reveals nothing.
 */
export async function GET() {
  const { signer } = await getRuntime();
  return new Response(signer.publicKeyPem, {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": 'inline; filename="stackvend-signing-key.pem"',
      "x-stackvend-key-id": signer.keyId,
      "cache-control": "public, max-age=300",
    },
  });
}
