import { authedProcedure, createRouter, orgProcedure, publicProcedure, roleProcedure } from "@/server/trpc";
import { listAuditEvents, ZListAuditEvents } from "./audit-log";
import { listOutbox } from "./email/outbox-list";
import { acceptInvitation, getInvitation, inviteMember, listPendingInvitations, revokeInvitation, ZAcceptInvitation, ZInvitationRef, ZInvitationToken, ZInviteMember } from "./invitations";
import { listJobs, retryJob, ZJobRef, ZListJobs } from "./jobs/job-list";
import { changeMemberRole, listMembers, setMemberStatus, ZChangeMemberRole, ZSetMemberStatus } from "./members";
import { getOrganisation, listMyOrganisations, setBusinessDate, updateOrganisation, ZSetBusinessDate, ZUpdateOrganisation } from "./organisations";

export const organisationRouter = createRouter({
  mine: authedProcedure.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.session.userId)),
  current: orgProcedure.query(async ({ ctx }) => ({ organisation: await getOrganisation(ctx.svc), role: ctx.role })),
  update: roleProcedure("admin").input(ZUpdateOrganisation).mutation(({ ctx, input }) => updateOrganisation(ctx.svc, input)),
  setBusinessDate: roleProcedure("admin").input(ZSetBusinessDate).mutation(({ ctx, input }) => setBusinessDate(ctx.svc, input)),
});

export const teamRouter = createRouter({
  list: orgProcedure.query(({ ctx }) => listMembers(ctx.svc)),
  invitations: roleProcedure("admin").query(({ ctx }) => listPendingInvitations(ctx.svc)),
  invite: roleProcedure("admin").input(ZInviteMember).mutation(({ ctx, input }) => inviteMember(ctx.svc, input)),
  revokeInvitation: roleProcedure("admin").input(ZInvitationRef).mutation(({ ctx, input }) => revokeInvitation(ctx.svc, input)),
  changeRole: roleProcedure("admin").input(ZChangeMemberRole).mutation(({ ctx, input }) => changeMemberRole(ctx.svc, input)),
  setStatus: roleProcedure("admin").input(ZSetMemberStatus).mutation(({ ctx, input }) => setMemberStatus(ctx.svc, input)),
});

/** Public: the token in the emailed link is the credential. */
export const invitationRouter = createRouter({
  get: publicProcedure.input(ZInvitationToken).query(({ ctx, input }) => getInvitation(ctx.db, input.token)),
  accept: publicProcedure.input(ZAcceptInvitation).mutation(({ ctx, input }) => acceptInvitation(ctx.db, input)),
});

export const auditRouter = createRouter({
  list: roleProcedure("admin").input(ZListAuditEvents).query(({ ctx, input }) => listAuditEvents(ctx.svc, input)),
});

export const jobsRouter = createRouter({
  list: roleProcedure("admin").input(ZListJobs).query(({ ctx, input }) => listJobs(ctx.svc, input)),
  retry: roleProcedure("admin").input(ZJobRef).mutation(({ ctx, input }) => retryJob(ctx.svc, input)),
});

export const outboxRouter = createRouter({
  list: roleProcedure("admin").query(({ ctx }) => listOutbox(ctx.svc)),
});
