// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListField, NumberField } from '../../../components/fields';
import { NotesField } from '../../../components/NotesField';

afterEach(cleanup);

describe('NotesField', () => {
  it('saves on blur, only when the text changed, and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<NotesField value="call Ana" onSave={onSave} />);
    const box = screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement;
    fireEvent.blur(box);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'call Ana on Monday' } });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.blur(box);
    expect(onSave).toHaveBeenCalledWith('call Ana on Monday');
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('tells the user when the note could not be saved', async () => {
    render(<NotesField value="" onSave={() => Promise.reject(new Error('disk full'))} />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    fireEvent.input(box, { target: { value: 'x' } });
    fireEvent.blur(box);
    expect(await screen.findByText('Could not save')).toBeTruthy();
  });
});

describe('ListField', () => {
  function Harness({ onChange }: { onChange: (value: string[]) => void }) {
    const [value, setValue] = useState(['python']);
    return <ListField id="kw" label="Keywords" value={value} onChange={(next) => { setValue(next); onChange(next); }} />;
  }

  it('reads one entry per line and keeps the new line the user is typing', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Keywords' }) as HTMLTextAreaElement;
    expect(box.value).toBe('python');
    fireEvent.input(box, { target: { value: 'python\n' } });
    expect(box.value).toBe('python\n');
    fireEvent.input(box, { target: { value: 'python\n  sql \n\n' } });
    expect(onChange).toHaveBeenLastCalledWith(['python', 'sql']);
  });
});

describe('NumberField', () => {
  it('turns an emptied field into NaN for the schema to reject, and shows the error next to it', () => {
    const onChange = vi.fn();
    render(<NumberField id="w" label="Weight" value={150} error="At most 100." onChange={onChange} />);
    const input = screen.getByRole('spinbutton', { name: 'Weight' }) as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('w-error');
    expect(document.getElementById('w-error')?.textContent).toBe('At most 100.');
    fireEvent.input(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
    fireEvent.input(input, { target: { value: '35' } });
    expect(onChange).toHaveBeenLastCalledWith(35);
  });
});
