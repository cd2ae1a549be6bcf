import { NumberInput, type NumberInputProps } from '@mantine/core'
import { useUiLanguage } from './display'

/** Kroner with øre, written the way the UI language writes numbers (1 234,50 or 1,234.50). */
export function AmountInput(props: NumberInputProps) {
  const nordic = useUiLanguage() !== 'en'
  return (
    <NumberInput
      min={0}
      allowNegative={false}
      decimalScale={2}
      decimalSeparator={nordic ? ',' : '.'}
      thousandSeparator={nordic ? ' ' : ','}
      hideControls
      suffix=" kr"
      {...props}
    />
  )
}

/** The form's value as the contract's kroner: empty is no amount. */
export const amountValue = (value: number | string) => (value === '' ? null : Number(value))
