import { atom } from 'jotai';

export const isNavigationDrawerOpenState = atom(false);
