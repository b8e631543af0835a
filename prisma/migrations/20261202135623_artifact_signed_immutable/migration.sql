-- AlterTable
ALTER TABLE "Artifact" ADD COLUMN     "envelope" JSONB NOT NULL,
ADD COLUMN     "keyId" TEXT NOT NULL,
ADD COLUMN     "otherContent" TEXT NOT NULL,
ADD COLUMN     "otherFormat" "TemplateFormat" NOT NULL,
ADD COLUMN     "otherSha256" TEXT NOT NULL;

-- An artifact is what was approved: written once, never changed or removed.
CREATE FUNCTION "artifact_is_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Artifact rows are immutable: % is refused', TG_OP;
END;
$$;

CREATE TRIGGER "Artifact_immutable"
BEFORE UPDATE OR DELETE ON "Artifact"
FOR EACH ROW EXECUTE FUNCTION "artifact_is_immutable"();

CREATE TRIGGER "Artifact_no_truncate"
BEFORE TRUNCATE ON "Artifact"
FOR EACH STATEMENT EXECUTE FUNCTION "artifact_is_immutable"();
