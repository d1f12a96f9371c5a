import { createViewModel } from '../../../store/view-model';
import { MEMBERS_MODEL, type MembersModel } from '../utils/members-model';

/** The members view's model, built once per change of data, filters or language. */
export const membersModel = createViewModel(MEMBERS_MODEL);

/** For a members panel: the model its view (or its slide) provides. */
export function useMembers(): MembersModel {
  return membersModel.use().model;
}
