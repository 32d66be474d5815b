/** The _locales key of each concern category's meaning, shown in the options. */
import type { CategoryId } from '../core/categories.js';

export const CATEGORY_LABEL_KEYS: Record<CategoryId, string> = {
  'government-access': 'categoryGovernmentAccess',
  'server-side-content': 'categoryServerSideContent',
  'no-end-to-end-encryption': 'categoryNoEndToEndEncryption',
  'content-scanning': 'categoryContentScanning',
  'advertising-profile': 'categoryAdvertisingProfile',
  'data-breach': 'categoryDataBreach',
  jurisdiction: 'categoryJurisdiction',
  'central-control': 'categoryCentralControl',
  'model-training': 'categoryModelTraining',
};
