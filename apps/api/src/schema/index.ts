import '../modules/common/scalars.graphql.ts';
import '../modules/common/user-errors.graphql.ts';
import '../modules/reference/reference.graphql.ts';
import '../modules/organisations/organisation.graphql.ts';
import '../modules/forums/forum.graphql.ts';
import '../modules/forums/forum-edit.graphql.ts';
import '../modules/meetings/meeting.graphql.ts';
import '../modules/meetings/meeting-edit.graphql.ts';
import '../modules/meetings/meeting-work.graphql.ts';
import '../modules/meetings/joint-view.graphql.ts';
import '../modules/meetings/meeting-live.graphql.ts';
import '../modules/meetings/meeting-slots.graphql.ts';
import '../modules/auth/viewer.graphql.ts';
import '../modules/admin/members.graphql.ts';
import '../modules/admin/organisations.graphql.ts';
import '../modules/audit/audit.graphql.ts';
import { builder } from './builder.ts';

export const schema = builder.toSchema({ sortSchema: false });
