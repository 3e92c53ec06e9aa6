/** Text building blocks for articles: what customers write and agents answer. */
import type { Prng } from '../prng.ts'

export interface Topic { title: string; category: 'hw' | 'sw' | 'net'; detail: string }

/** Realistic helpdesk subjects with one line of detail each */
export const TOPICS: Topic[] = [
  { title: 'Laptop battery drains within an hour', category: 'hw', detail: 'The battery went from 100% to 5% during a single meeting.' },
  { title: 'Docking station does not detect second monitor', category: 'hw', detail: 'Only the laptop screen and one external display light up.' },
  { title: 'Request for an ergonomic keyboard', category: 'hw', detail: 'Occupational health recommended a split keyboard for my desk.' },
  { title: 'Headset microphone too quiet in calls', category: 'hw', detail: 'Colleagues say they can barely hear me in video calls.' },
  { title: 'Phone screen cracked after drop', category: 'hw', detail: 'The company phone fell and the lower half of the screen no longer reacts.' },
  { title: 'Conference room display shows no signal', category: 'hw', detail: 'The HDMI cable is plugged in but the display says no signal.' },
  { title: 'New hire needs laptop and accounts', category: 'hw', detail: 'A new colleague starts on Monday and needs a laptop and all standard accounts.' },
  { title: 'Scanner on 2nd floor produces blank pages', category: 'hw', detail: 'Every scanned page arrives as an empty PDF.' },
  { title: 'Excel freezes when opening large workbooks', category: 'sw', detail: 'Files above 20 MB make Excel hang for several minutes.' },
  { title: 'Cannot install approved software update', category: 'sw', detail: 'The installer stops with error 1603 halfway through.' },
  { title: 'ERP report export produces empty CSV', category: 'sw', detail: 'The monthly sales report exports a CSV with headers only.' },
  { title: 'License renewal for design software', category: 'sw', detail: 'Our licence expires at the end of the month and we need three seats.' },
  { title: 'Calendar invitations arrive twice', category: 'sw', detail: 'Every meeting invitation shows up twice in my calendar.' },
  { title: 'Password expired while travelling', category: 'sw', detail: 'I am abroad and my password expired; I cannot reach the reset page.' },
  { title: 'Browser blocks the intranet certificate', category: 'sw', detail: 'Since this morning the intranet shows a certificate warning.' },
  { title: 'Shared mailbox missing in mail client', category: 'sw', detail: 'The team mailbox disappeared from my folder list.' },
  { title: 'Request access to the finance share', category: 'sw', detail: 'I moved to the finance team and need access to their shared folder.' },
  { title: 'Invoice PDF attachments are unreadable', category: 'sw', detail: 'Customers report that our invoice PDFs open as garbage.' },
  { title: 'Quote request for 40 additional licences', category: 'sw', detail: 'Please send a quote for 40 more user licences for next year.' },
  { title: 'Order status for hardware delivery', category: 'hw', detail: 'We ordered five monitors two weeks ago and have no delivery date yet.' },
  { title: 'VPN disconnects every ten minutes', category: 'net', detail: 'The VPN client drops the connection roughly every ten minutes.' },
  { title: 'Guest Wi-Fi password does not work', category: 'net', detail: 'Visitors cannot join the guest network with the posted password.' },
  { title: 'Slow network in the east wing', category: 'net', detail: 'File copies to the server take ages in the east wing offices.' },
  { title: 'Website contact form sends no emails', category: 'net', detail: 'Messages from the website contact form never reach the sales inbox.' },
  { title: 'Remote desktop connection refused', category: 'net', detail: 'Connecting to the terminal server fails with "connection refused".' },
  { title: 'DNS name of the build server not resolving', category: 'net', detail: 'build01.internal cannot be resolved from the office network.' },
  { title: 'Email delivery to partner domain delayed', category: 'net', detail: 'Mails to our partner arrive with hours of delay.' },
  { title: 'Cannot reach the customer portal from home', category: 'net', detail: 'The portal times out from my home connection but works in the office.' },
  { title: 'Printer queue stuck after driver update', category: 'hw', detail: 'Jobs stay in the queue since the driver update last night.' },
  { title: 'Unexpected charges on the last invoice', category: 'sw', detail: 'The last invoice contains support hours we did not order.' },
]

export const AGENT_REPLIES = [
  'thanks for your message. We are looking into it and will get back to you shortly.',
  'we have reproduced the problem and are working on a fix.',
  'could you please send us a screenshot of the error message?',
  'the issue should be solved now. Please let us know if it happens again.',
  'we have ordered the replacement part; delivery is expected within three working days.',
  'a technician will visit you tomorrow morning.',
]

export const INTERNAL_NOTES = [
  'Called the customer, waiting for the device serial number.',
  'Escalated to second level; vendor case opened.',
  'Known issue, see the change from last week. Rollback planned for tonight.',
  'Checked the logs: nothing suspicious on our side.',
  'Spare part reserved in the warehouse.',
  'Customer prefers to be contacted by phone in the afternoon.',
]

export const CUSTOMER_FOLLOW_UPS = [
  'any news on this? It is getting urgent.',
  'the problem is back since this morning.',
  'here is the screenshot you asked for.',
  'thanks, that fixed it for now.',
  'could you give us an estimate when this will be done?',
]

export function pickReply(prng: Prng): string { return prng.pick(AGENT_REPLIES) }
export function pickNote(prng: Prng): string { return prng.pick(INTERNAL_NOTES) }
export function pickFollowUp(prng: Prng): string { return prng.pick(CUSTOMER_FOLLOW_UPS) }
