import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './app.css'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createBridge } from './api/transport'
import { setBridge } from './api/client'
import { initI18n } from './i18n'

setBridge(createBridge())
initI18n()
createRoot(document.getElementById('root')!).render(<App />)
