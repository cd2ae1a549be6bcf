import { Button, Card, Code, Group as Row, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { languages, orgPresets, settingsFields, type Language, type OrgPreset } from '../../../shared/api/settings'
import { useApiMutation, useApiQuery } from '../api/client'
import { PageHeader } from '../components/PageHeader'
import { FormError } from '../components/FormParts'
import { placeServerError, validateWith } from '../forms/validate'

type Values = { regionName: string; orgPreset: OrgPreset; leaderName: string; language: Language | 'auto' }
const automatic = 'auto'

export function SettingsPage() {
  const { t } = useTranslation()
  const settings = useApiQuery('settings-get', {})
  const info = useApiQuery('app-info', {})
  const save = useApiMutation('settings-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: { regionName: '', orgPreset: 'norway', leaderName: '', language: automatic },
    validate: (values) => validateWith(settingsFields, t)(toInput(values)),
  })

  useEffect(() => {
    if (!settings.data) return
    const { regionName, orgPreset, leaderName, language } = settings.data
    form.setValues({
      regionName: regionName ?? '',
      orgPreset,
      leaderName: leaderName ?? '',
      language: language ?? automatic,
    })
    form.resetDirty()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.data])

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(toInput(values))
      notifications.show({ message: t('common.saved'), color: 'green' })
    } catch (error) {
      setFormError(
        placeServerError(error, t, form.setFieldError, ['regionName', 'orgPreset', 'leaderName', 'language']),
      )
    }
  })

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Card withBorder maw={560}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={formError} />
            <TextInput label={t('settings.regionName')} {...form.getInputProps('regionName')} />
            <Select
              label={t('settings.orgPreset')}
              description={t('settings.presetHelp')}
              data={orgPresets.map((preset) => ({ value: preset, label: t(`settings.presets.${preset}`) }))}
              allowDeselect={false}
              {...form.getInputProps('orgPreset')}
            />
            <TextInput label={t('settings.leaderName')} {...form.getInputProps('leaderName')} />
            <Select
              label={t('settings.language')}
              data={[
                { value: automatic, label: t('settings.languageAuto') },
                ...languages.map((language) => ({ value: language, label: t(`languages.${language}`) })),
              ]}
              allowDeselect={false}
              {...form.getInputProps('language')}
            />
            <Row justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Row>
          </Stack>
        </form>
      </Card>
      {info.data && (
        <Text size="sm" c="dimmed" mt="md">
          {t('settings.dataFile')}: <Code>{info.data.databasePath}</Code>
        </Text>
      )}
    </>
  )
}

const toInput = (values: Values) => ({
  ...values,
  language: values.language === automatic ? null : values.language,
})
