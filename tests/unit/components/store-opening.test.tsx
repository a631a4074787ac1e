// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPENING_NOTICE_DELAY_MS, StoreOpening } from '../../../components/EmptyState';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('StoreOpening', () => {
  it('shows nothing while a first read is quick, then says the store is still opening and that nothing is lost', () => {
    const { container } = render(<StoreOpening />);
    act(() => {
      vi.advanceTimersByTime(OPENING_NOTICE_DELAY_MS - 1);
    });
    expect(container.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    const notice = container.querySelector('[role="status"]');
    expect(notice?.querySelector('h2')?.textContent).toBe('Opening your saved jobs…');
    expect(notice?.textContent).toContain('Nothing is lost meanwhile.');
  });

  it('never shows once the list it stands for has come', () => {
    const { container, unmount } = render(<StoreOpening />);
    act(() => {
      vi.advanceTimersByTime(OPENING_NOTICE_DELAY_MS / 2);
    });
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(container.textContent).toBe('');
  });
});
