import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { fieldValue, type ModelField } from '../utils/model-fields';

interface Props {
  fields: readonly ModelField[];
  /** The model the fields show: the last text that parsed. */
  data: unknown;
  /** Contract messages by field path (`VpcConfig.Port`). */
  errors: ReadonlyMap<string, string>;
  disabled: boolean;
  onInput: (field: ModelField, input: string) => void;
}

const keyOf = (field: ModelField) => field.path.join('.');

/** The type's common fields, each a view onto one path of the model's JSON. */
export function ModelFormFields({ fields, data, errors, disabled, onInput }: Props) {
  return (
    <Stack gap="sm">
      {fields.map((field) => {
        const common = {
          label: field.label,
          description: field.description,
          error: errors.get(keyOf(field)),
          disabled,
          value: fieldValue(data, field),
        };
        switch (field.kind) {
          case 'select':
            return (
              <NativeSelect
                key={keyOf(field)}
                {...common}
                data={[{ value: '', label: '(not set)' }, ...(field.options ?? []).map((option) => ({ value: option, label: option }))]}
                onChange={(event) => onInput(field, event.currentTarget.value)}
              />
            );
          case 'textarea':
            return (
              <Textarea
                key={keyOf(field)}
                {...common}
                autosize
                minRows={3}
                maxRows={10}
                spellCheck={false}
                ff="monospace"
                onChange={(event) => onInput(field, event.currentTarget.value)}
              />
            );
          case 'number':
          case 'status':
          case 'text':
            return (
              <TextInput
                key={keyOf(field)}
                {...common}
                placeholder={field.placeholder}
                inputMode={field.kind === 'text' ? undefined : 'numeric'}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onInput(field, event.currentTarget.value)}
              />
            );
        }
      })}
    </Stack>
  );
}
