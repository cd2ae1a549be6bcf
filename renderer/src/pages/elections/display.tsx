import { Badge, Group as Row, Tooltip } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCalendarExclamation,
  IconCircleCheck,
  IconCircleDashed,
  IconClockExclamation,
  IconFileAlert,
  IconMailExclamation,
  IconPointFilled,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { languages, type Language } from '../../../../shared/api/settings'
import type { ElectionFlag } from '../../../../shared/elections/flags'
import { isHeld, type ElectionState } from '../../../../shared/elections/lifecycle'

/** The UI language as one of the three the record names roles in. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? i18n.language
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en'
}

/** `2026-03-10T18:00` as `2026-03-10 18:00`: the same ISO order the rest of the app shows dates in. */
export const formatMeetingAt = (meetingAt: string | null) => (meetingAt ? meetingAt.replace('T', ' ') : null)

const stateColors: Record<ElectionState, string> = {
  not_planned: 'gray',
  planned: 'blue',
  notice_sent: 'cyan',
  deadline_passed: 'indigo',
  held: 'teal',
  reported: 'green',
  minutes_filed: 'green',
}

/** The state in words, with an icon that says "done / under way / not started" without colour. */
export function ElectionStateBadge({ state }: { state: ElectionState }) {
  const { t } = useTranslation()
  const Icon = isHeld(state) ? IconCircleCheck : state === 'not_planned' ? IconCircleDashed : IconPointFilled
  return (
    <Badge color={stateColors[state]} variant="light" leftSection={<Icon size={12} aria-hidden />}>
      {t(`elections.states.${state}`)}
    </Badge>
  )
}

const flagIcons: Record<ElectionFlag, typeof IconAlertTriangle> = {
  late: IconClockExclamation,
  resultMissing: IconFileAlert,
  noticeLate: IconMailExclamation,
  deadlineAfterMeeting: IconCalendarExclamation,
}

/** A raised flag as text with its own icon, readable without colour. */
export function FlagBadge({ flag }: { flag: ElectionFlag }) {
  const { t } = useTranslation()
  const Icon = flagIcons[flag]
  return (
    <Badge color="orange" variant="outline" leftSection={<Icon size={12} aria-hidden />}>
      {t(`elections.flagNames.${flag}`)}
    </Badge>
  )
}

/** The raised flags of a list row; hovering says what to chase (the election page spells it out). */
export function FlagBadges({ flags }: { flags: readonly ElectionFlag[] }) {
  const { t } = useTranslation()
  if (flags.length === 0) return null
  return (
    <Row gap={4} wrap="wrap">
      {flags.map((flag) => (
        <Tooltip key={flag} label={t(`elections.flagHelp.${flag}`)} multiline w={260} withArrow>
          <span>
            <FlagBadge flag={flag} />
          </span>
        </Tooltip>
      ))}
    </Row>
  )
}
