import { useSyncExternalStore } from 'react';

export type CertToolId = 'lab' | 'request' | 'convert';

export interface CertToolsState {
  readonly open: boolean;
  readonly tool: CertToolId;
}

/** The tools section, for links and focus. */
export const CERT_TOOLS_ID = 'cert-tools';

let state: CertToolsState = { open: false, tool: 'lab' };
const listeners = new Set<() => void>();

/** Whether "Make, request or convert certificates" is open, and on which tool: read by the section and the Certificates step. */
export const certTools = {
  getState: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  set(next: Partial<CertToolsState>) {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  },
};

export function useCertTools(): CertToolsState {
  return useSyncExternalStore(certTools.subscribe, certTools.getState);
}

/** Opens the tools and takes the user there. */
export function showCertTools(tool?: CertToolId): void {
  certTools.set({ open: true, ...(tool ? { tool } : {}) });
  const section = document.getElementById(CERT_TOOLS_ID);
  section?.focus({ preventScroll: true });
  section?.scrollIntoView({ block: 'start' });
}
