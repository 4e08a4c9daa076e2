import { infiniteQueryOptions, QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useServices } from './ServicesContext';
import type { Interview } from '../domain/interview';
import { LIST_FIRST_PAGE_SIZE, LIST_PAGE_SIZE, type InterviewPage, type InterviewPageCursor, type InterviewStore, type NewInterview } from '../storage/interviewStore';

/** Local queries read IndexedDB, so they must run with no network: networkMode 'always'. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** `all` is the prefix of every interview query: invalidating it refreshes the pages, the full list and the counts. */
export const interviewKeys = {
  all: ['interviews'] as const,
  full: ['interviews', 'full'] as const,
  pages: ['interviews', 'pages'] as const,
  counts: ['interviews', 'counts'] as const,
  quarantine: ['quarantine'] as const,
};

/** Every interview, each one decrypted, in one cache entry: for the CSV export and the list's search. The list itself uses pages. */
export const everyInterview = (store: InterviewStore) => ({ queryKey: interviewKeys.full, queryFn: () => store.list() });

/**
 * The list screen: one page of decrypted interviews at a time (store.listPage), a small first page
 * then bigger ones, with the counts taken from clear fields. A page that moved damaged rows to
 * quarantine refreshes the quarantine.
 */
function interviewPagesQuery(store: InterviewStore, client: QueryClient, firstPageSize = LIST_FIRST_PAGE_SIZE, pageSize = LIST_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: [...interviewKeys.pages, firstPageSize, pageSize],
    initialPageParam: undefined as InterviewPageCursor | undefined,
    queryFn: async ({ pageParam }) => {
      const page = await store.listPage(pageParam ? pageSize : firstPageSize, pageParam);
      if (page.quarantined) void client.invalidateQueries({ queryKey: interviewKeys.quarantine });
      return page;
    },
    getNextPageParam: (last) => last.next,
  });
}

// When the unlock's prefetch (below) has finished before the list mounts, the list shows that read
// instead of reading the page again: for that first mount only, and only if nothing invalidated it.
let prefetchedAt: number | undefined;
const refetchOnMount = (query: { state: { dataUpdatedAt: number; isInvalidated: boolean } }) => query.state.isInvalidated || query.state.dataUpdatedAt !== prefetchedAt;

export function useInterviewPages(firstPageSize = LIST_FIRST_PAGE_SIZE, pageSize = LIST_PAGE_SIZE) {
  const { store } = useServices();
  const client = useQueryClient();
  const pages = useInfiniteQuery({ ...interviewPagesQuery(store, client, firstPageSize, pageSize), refetchOnMount });
  // After React Query's own mount effects, which ask refetchOnMount more than once.
  useEffect(() => void (prefetchedAt = undefined), []);
  return pages;
}

/**
 * Reads the list's first page once the store is unlocked, before the unlocked app is shown (see
 * `SecurityController.beforeShowing`): the list is then drawn once, with its rows.
 */
export function prefetchInterviewPages(store: InterviewStore, client: QueryClient): Promise<void> {
  const query = interviewPagesQuery(store, client);
  return client.prefetchInfiniteQuery(query).then(() => void (prefetchedAt = client.getQueryState(query.queryKey)?.dataUpdatedAt || undefined));
}

/**
 * An interview screen closed after edits: the list's cached pages show the interview as it was
 * left, at once, instead of as it was when they were read, while the list reads them again when
 * it mounts (after the last answers are stored: see InterviewStore's `writes`).
 */
export function showEditedInterview(client: QueryClient, interview: Interview): void {
  // Every interview, as the list's search read them, is read again when next needed.
  void client.invalidateQueries({ queryKey: interviewKeys.full, refetchType: 'none' });
  client.setQueriesData<InfiniteData<InterviewPage>>({ queryKey: interviewKeys.pages }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, interviews: page.interviews.map((i) => (i.id === interview.id ? interview : i)) })) } : data,
  );
}

/** Counts by status from clear fields: nothing is decrypted. */
export function useInterviewCounts() {
  const { store } = useServices();
  return useQuery({
    queryKey: interviewKeys.counts,
    queryFn: async () => {
      const { total, byStatus } = await store.listPage(0);
      return { total, byStatus };
    },
  });
}

/** Reads every interview when asked (the CSV export). */
export function useLoadAllInterviews() {
  const { store } = useServices();
  const client = useQueryClient();
  return useCallback(() => client.fetchQuery(everyInterview(store)), [client, store]);
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
