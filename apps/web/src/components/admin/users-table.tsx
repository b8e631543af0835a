import { getFormatter, getTranslations } from "next-intl/server";
import { rolesFromGroups, type TRole } from "@stackvend/auth";
import { RoleBadges } from "@/components/common/role-badges";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";

export interface TAdminUserRow {
  id: string;
  email: string;
  name: string;
  disabledAt: Date | null;
  createdAt: Date;
  memberships: { source: "MANUAL" | "DIRECTORY"; group: { id: string; name: string; roles: TRole[] } }[];
}

export async function UsersTable({ rows }: { rows: TAdminUserRow[] }) {
  const [t, format] = await Promise.all([getTranslations("adminUsers"), getFormatter()]);
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("groups")}</TableHead>
          <TableHead>{t("roles")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("created")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((user) => (
          <TableRow key={user.id} data-user-email={user.email}>
            <TableCell>
              <div className="font-medium">{user.name}</div>
              <div className="text-xs text-muted-foreground">{user.email}</div>
            </TableCell>
            <TableCell>
              {user.memberships.length === 0 ? (
                <span className="text-muted-foreground">{t("none")}</span>
              ) : (
                <span className="flex flex-wrap gap-1">
                  {user.memberships.map((m) => (
                    <Badge
                      key={m.group.id}
                      variant={m.source === "DIRECTORY" ? "info" : "outline"}
                      className="font-normal"
                      data-membership-source={m.source}
                    >
                      {m.source === "DIRECTORY" ? t("fromDirectory", { name: m.group.name }) : m.group.name}
                    </Badge>
                  ))}
                </span>
              )}
            </TableCell>
            <TableCell>
              <RoleBadges roles={rolesFromGroups(user.memberships.map((m) => m.group))} />
            </TableCell>
            <TableCell>
              <Badge variant={user.disabledAt ? "destructive" : "success"}>
                {user.disabledAt ? t("disabled") : t("active")}
              </Badge>
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {format.dateTime(user.createdAt, { dateStyle: "medium" })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
