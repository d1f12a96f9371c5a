import { createViewModel } from '../../../store/view-model';
import { COMMUNICATION_MODEL, type CommunicationModel } from '../utils/communication-model';

/** The communication view's model, built once per change of data, filters or language. */
export const communicationModel = createViewModel(COMMUNICATION_MODEL);

/** For a communication panel: the model its view (or its slide) provides. */
export function useCommunication(): CommunicationModel {
  return communicationModel.use().model;
}
