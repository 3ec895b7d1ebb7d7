/** English UI strings that widgets add around server content; spread into the catalogue by `en.ts`. */
export const widgetsStrings = {
  // Form validation (shown under a field, and once for the whole form).
  widgetRequired: 'Please fill in this field.',
  widgetRequiredChoice: 'Please choose an option.',
  widgetRequiredCheck: 'Please check this box to continue.',
  widgetPattern: 'Please match the requested format.',
  widgetFormInvalid_one: 'Please fix the highlighted field.',
  widgetFormInvalid_other: 'Please fix the {count} highlighted fields.',
  widgetClear: 'Clear',
  // `{reason}` is a diagnostic (node type and cause), kept in English like the logs.
  widgetPartUnavailable: 'Part of this widget could not be displayed ({reason}).',
  // Charts: the accessible summary reads "{kind}: {series} over {categories}. {ranges}."
  chartBar: 'Bar chart',
  chartLine: 'Line chart',
  chartArea: 'Area chart',
  chartMixed: 'Chart',
  chartStackedBar: 'Stacked bar chart',
  chartStackedArea: 'Stacked area chart',
  chartNoValue: 'no value',
  chartDataCaption: 'Chart data',
  chartSummary: '{kind}: {series} over {categories}.',
  chartCategories_one: '{count} category',
  chartCategories_other: '{count} categories',
  chartCategorySpan: '{categories} ({first} to {last})',
  chartCategoryOnly: '{categories} ({first})',
  chartSeriesRange: '{series} ranges from {low} to {high}',
  chartSeriesValue: '{series}: {value}',
  chartRanges: '{ranges}.',
  chartRangeSeparator: '; ',
  chartCategoryValues: '{category}: {values}',
} as const;
