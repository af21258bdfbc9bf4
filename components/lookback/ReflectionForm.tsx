// A short written reflection saved under one id (today's intention, this
// week's review). Empty or over-long text is explained and kept.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import type { Reflection } from '@/utils/core/reflections';
import { getReflection, saveReflection } from '@/utils/store/reflections';
import { describeReflectionProblem } from '@/utils/ui/problems';

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
  const { problem, setProblem, run } = useAction();
  const [status, setStatus] = useState('');
  const saved = useLive(() => getReflection(id), [id]).data;
  useEffect(() => setText(saved?.text ?? ''), [saved]);

  function save(event: Event) {
    event.preventDefault();
    void run(async () => {
      const result = await saveReflection({ id, kind, day, text, at: Date.now() });
      if (!result.ok) return setProblem(describeReflectionProblem(result));
      setStatus(savedText);
    });
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
          dir="auto"
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
      <Problem id={`${fieldId}-problem`} text={problem} />
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
