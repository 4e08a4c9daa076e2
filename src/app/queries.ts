import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useServices } from './ServicesContext';
import type { NewInterview } from '../storage/interviewStore';

/** Local queries read IndexedDB, so they must run with no network: networkMode 'always'. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

export const interviewKeys = { all: ['interviews'] as const, quarantine: ['quarantine'] as const };

export function useInterviewList() {
  const { store } = useServices();
  return useQuery({ queryKey: interviewKeys.all, queryFn: () => store.list() });
}

export function useQuarantine() {
  const { store } = useServices();
  return useQuery({ queryKey: interviewKeys.quarantine, queryFn: () => store.listQuarantine() });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: interviewKeys.all }), client.invalidateQueries({ queryKey: interviewKeys.quarantine })]);
}

export function useCreateInterview() {
  const { store } = useServices();
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: NewInterview) => store.create(input), onSuccess: invalidate });
}

export function useDeleteInterview() {
  const { store } = useServices();
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => store.delete(id), onSuccess: invalidate });
}

export function useImportInterview() {
  const { store } = useServices();
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (doc: unknown) => store.importDocument(doc), onSuccess: invalidate });
}
