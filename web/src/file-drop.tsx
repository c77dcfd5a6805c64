import { useState, type ChangeEvent, type DragEvent } from 'react';
import { useT } from './i18n/messages.js';

/**
 * Where a person gives a file: drag it onto the box, choose it with the ordinary file picker, or,
 * on a phone, take a photo. The file inputs stay in the tab order (visually hidden, shown by their
 * labels, which look like buttons), so all of it works from the keyboard.
 */

export const acceptedFiles = 'application/pdf,image/png,image/jpeg,.txt,.json,.ndjson';

export function FileDrop({
  disabled,
  describedBy,
  onFile,
}: {
  disabled: boolean;
  /** The id of the text that says what files are welcome. */
  describedBy: string;
  onFile: (file: File) => void;
}) {
  const words = useT().intake.add;
  const [over, setOver] = useState(false);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after a fix) still counts as a choice.
    event.target.value = '';
    if (file) onFile(file);
  };
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="drop-words" aria-hidden="true">
        {words.dragHere}
      </p>
      <div className="drop-buttons">
        <FileChoice
          id="intake-file"
          label={words.chooseFile}
          accept={acceptedFiles}
          {...{ disabled, describedBy, onChange: picked }}
        />
        <FileChoice
          id="intake-photo"
          label={words.takePhoto}
          accept="image/*"
          capture="environment"
          secondary
          {...{ disabled, describedBy, onChange: picked }}
        />
      </div>
    </div>
  );
}

/** One way to give a file: a focusable (visually hidden) file input and the label people see. */
export function FileChoice({
  id,
  label,
  accept,
  capture,
  secondary = false,
  disabled,
  describedBy,
  onChange,
}: {
  id: string;
  label: string;
  accept: string;
  capture?: 'environment';
  secondary?: boolean;
  disabled: boolean;
  describedBy: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="file-choice">
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        capture={capture}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={onChange}
      />
      <label htmlFor={id} className={secondary ? 'button secondary' : 'button'}>
        {label}
      </label>
    </div>
  );
}
