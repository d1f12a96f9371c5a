import { membersUrlParams } from '../features/members/utils/url-params';
import { presentationUrlParams } from '../features/presentation/utils/presentation-state';
import { scorecardUrlParams } from '../features/scorecard/url-params';
import { communicationUrlParams } from '../features/social/utils/params';
import { yearChoiceUrlParams } from '../lib/year-choices';
import { registerUrlParams } from '../store/url-state';

/** Every feature's own URL parameters, made known to the store before the URL is first read. */
registerUrlParams(scorecardUrlParams, membersUrlParams, communicationUrlParams, yearChoiceUrlParams, presentationUrlParams);
