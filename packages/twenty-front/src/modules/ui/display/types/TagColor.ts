export type TagColor =
  'gray' | 'red' | 'purple' | 'sky' | 'turquoise' | 'yellow' | 'green' | 'blue';
