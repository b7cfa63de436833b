import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldValue, type ModelField } from '../utils/model-fields';

interface Props {
  fields: readonly ModelField[];
  /** The model the fields show: the last text that parsed. */
  data: unknown;
  /** Contract messages by field path (`VpcConfig.Port`). */
  errors: ReadonlyMap<string, string>;
  disabled: boolean;
  onInput: (field: ModelField, input: string) => void;
  /** The person left the field: its errors show from now on. */
  onTouch: (field: ModelField) => void;
}

const keyOf = (field: ModelField) => field.path.join('.');

/** The words of a field in the reader's language, by the last name of its path (the JSON path itself is not translated). */
function useFieldText() {
  const { t, i18n } = useTranslation();
  // Keys are built from the model's paths, which the compiler cannot list: looked up as plain strings.
  const lookup = t as unknown as (key: string, options?: { defaultValue: string }) => string;
  return (field: ModelField) => {
    const name = field.path[field.path.length - 1] ?? '';
    const hintKey = `backendModels.modelFieldHints.${name}`;
    const path = field.path.join('.');
    return {
      label: lookup(`backendModels.modelFields.${name}`, { defaultValue: field.label }),
      description: i18n.exists(hintKey) ? `${path}: ${lookup(hintKey)}` : path,
    };
  };
}

/** The type's common fields, each a view onto one path of the model's JSON. */
export function ModelFormFields({ fields, data, errors, disabled, onInput, onTouch }: Props) {
  const { t } = useTranslation();
  const textOf = useFieldText();
  return (
    <Stack gap="sm">
      {fields.map((field) => {
        const common = {
          ...textOf(field),
          error: errors.get(keyOf(field)),
          disabled,
          value: fieldValue(data, field),
          onBlur: () => onTouch(field),
        };
        switch (field.kind) {
          case 'select':
            return (
              <NativeSelect
                key={keyOf(field)}
                {...common}
                data={[{ value: '', label: t('backendModels.editor.notSet') }, ...(field.options ?? []).map((option) => ({ value: option, label: option }))]}
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
