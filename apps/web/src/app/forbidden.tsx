import { Forbidden } from "@/components/common/forbidden";

/** What `forbidden()` answers, with HTTP 403: a signed-in user without the page's role. */
export default function ForbiddenPage() {
  return <Forbidden />;
}
