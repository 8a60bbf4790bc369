import { useEffect, useRef, useState, type JSX } from 'react'
import { errorText, invoke } from '../api/client'
import { copyText } from './copyText'

/** The UI's first look; the main process checks again before anything is opened. */
function isWebAddress(url: string): boolean {
  try {
    const u = new URL(url.trim())
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== ''
  } catch {
    return false
  }
}

/**
 * "Open original…": never a link. A click asks first, showing the whole address (a look-alike
 * host cannot hide behind a title). The desktop app can then hand it to the system browser; the
 * browser version only copies it, as this machine should not browse from the analyst's workspace.
 */
export function OpenOriginal({ url }: Readonly<{ url: string }>): JSX.Element {
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button type="button" className="open-original-button" onClick={() => setAsking(true)}>
        Open original…
      </button>
      {asking && <OpenOriginalDialog url={url} onClose={() => setAsking(false)} />}
    </>
  )
}

function OpenOriginalDialog({ url, onClose }: Readonly<{ url: string; onClose: () => void }>): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  const addressRef = useRef<HTMLElement>(null)
  const [status, setStatus] = useState<string | null>(null)
  const desktop = window.crosscheck !== undefined
  const web = isWebAddress(url)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const copy = async (): Promise<void> => {
    setStatus((await copyText(url, addressRef.current)) ? 'Address copied.' : 'Could not copy: select the address above and copy it.')
  }
  const open = async (): Promise<void> => {
    try {
      await invoke('open-external', { url })
      ref.current?.close()
    } catch (error) {
      setStatus(`Not opened: ${errorText(error)}`)
    }
  }

  return (
    <dialog ref={ref} className="open-original" aria-labelledby="open-original-title" onClose={onClose}>
      <h2 id="open-original-title">Open the original article?</h2>
      <p>
        {!web
          ? 'This is not a web address (http or https), so Crosscheck will not open it.'
          : desktop
            ? 'Your web browser will open this address. The site will see a visit from this computer.'
            : 'This browser version of Crosscheck does not open links. Copy the address to visit it elsewhere.'}
      </p>
      <code ref={addressRef} className="open-original-url" aria-label="Full address">
        {url}
      </code>
      {status && (
        <p role="status" className="open-original-status">
          {status}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy()}>
          Copy address
        </button>
        {desktop && web && (
          <button type="button" onClick={() => void open()}>
            Open in browser
          </button>
        )}
        <button type="button" autoFocus onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
