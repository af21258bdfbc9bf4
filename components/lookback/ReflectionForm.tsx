// A short written reflection saved under one id (today's intention, this
// week's review). Empty or over-long text is explained and kept.
import { useEffect, useState } from 'preact/hooks';
import type { Reflection } from '../../utils/db';
import { t } from '../../utils/i18n';
import { getReflection, REFLECTION_MAX, saveReflection } from '../../utils/reflections';

interface Props {
  id: string;
  kind: Reflection['kind'];
  day: string;
  label: string;
  saveText: string;
  savedText: string;
  multiline?: boolean;
}

export function ReflectionForm({ id, kind, day, label, saveText, savedText, multiline }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getReflection(id).then((r) => setText(r?.text ?? ''));
  }, [id]);

  async function save(event: Event) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setProblem(t('reflectionEmpty'));
    if (value.length > REFLECTION_MAX) return setProblem(t('reflectionTooLong', REFLECTION_MAX));
    setProblem('');
    await saveReflection({ id, kind, day, text: value, at: Date.now() });
    setStatus(savedText);
  }

  const fieldId = `${kind}-field`;
  const Field = multiline ? 'textarea' : 'input';
  return (
    <form class="reflection" onSubmit={save}>
      <label for={fieldId}>{label}</label>
      <div class="field-row">
        <Field
          id={fieldId}
          value={text}
          rows={multiline ? 3 : undefined}
          type={multiline ? undefined : 'text'}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onInput={(e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
            setText(e.currentTarget.value);
            setProblem('');
            setStatus('');
          }}
        />
        <button type="submit">{saveText}</button>
      </div>
      {problem && (
        <p id={`${fieldId}-problem`} class="problem" role="alert">
          {problem}
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
