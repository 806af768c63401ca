/** Every rule of the model, one flat explicit list (a structural test checks it matches rules/*.ts). */
import type { Rule } from '../rule';
import aboutUsFirst from './about-us-first';
import accountReference from './account-reference';
import blameShifting from './blame-shifting';
import boasting from './boasting';
import buckPassing from './buck-passing';
import challengeCustomer from './challenge-customer';
import fakeEmpathy from './fake-empathy';
import genericOpener from './generic-opener';
import hardToRead from './hard-to-read';
import hedging from './hedging';
import jargon from './jargon';
import longSubject from './long-subject';
import mergeField from './merge-field';
import noAccountReference from './no-account-reference';
import noCompanyMention from './no-company-mention';
import noGreetingName from './no-greeting-name';
import noNextStep from './no-next-step';
import noPrevention from './no-prevention';
import noQuestion from './no-question';
import nonApology from './non-apology';
import pitchBeforeQuestion from './pitch-before-question';
import policySpeak from './policy-speak';
import pressure from './pressure';
import selfFocused from './self-focused';
import specificCommitment from './specific-commitment';
import thanksForBusiness from './thanks-for-business';
import tooLong from './too-long';
import unaddressedPoint from './unaddressed-point';
import unreflectedIssue from './unreflected-issue';
import unownedPromise from './unowned-promise';
import vagueTiming from './vague-timing';
import wrongName from './wrong-name';

export const RULES: readonly Rule[] = [
  aboutUsFirst,
  accountReference,
  blameShifting,
  boasting,
  buckPassing,
  challengeCustomer,
  fakeEmpathy,
  genericOpener,
  hardToRead,
  hedging,
  jargon,
  longSubject,
  mergeField,
  noAccountReference,
  noCompanyMention,
  noGreetingName,
  noNextStep,
  noPrevention,
  noQuestion,
  nonApology,
  pitchBeforeQuestion,
  policySpeak,
  pressure,
  selfFocused,
  specificCommitment,
  thanksForBusiness,
  tooLong,
  unaddressedPoint,
  unreflectedIssue,
  unownedPromise,
  vagueTiming,
  wrongName,
];
