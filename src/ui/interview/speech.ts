/** The Web Speech API's synthesis, when the browser has one. */
const synthesis = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined);

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** A voice that speaks the language (same primary subtag), preferring an exact and a local one. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((v) => primary(v.lang) === primary(language));
  return matching.find((v) => v.lang.toLowerCase() === language.toLowerCase() && v.localService) ?? matching.find((v) => v.localService) ?? matching[0];
}

let knownVoices: readonly SpeechSynthesisVoice[] | undefined;

/**
 * The device's voices, read when a question is to be spoken. Browsers fill the list
 * asynchronously and announce it with `voiceschanged`; one module-wide listener keeps it current,
 * so the read-aloud button of each card needs no state or listener of its own.
 */
export function currentVoices(): readonly SpeechSynthesisVoice[] {
  const s = synthesis();
  if (!s) return [];
  if (!knownVoices) {
    s.addEventListener?.('voiceschanged', () => (knownVoices = s.getVoices()));
    knownVoices = s.getVoices();
  }
  // Still empty: the list may have arrived without an event (some browsers), so ask again.
  if (!knownVoices.length) knownVoices = s.getVoices();
  return knownVoices;
}

/** Speaks `text`; resolves `false` when the device has no voice for the language. */
export function speak(text: string, language: string, voices: readonly SpeechSynthesisVoice[], onEnd: () => void): boolean {
  const s = synthesis();
  const voice = voiceFor(voices, language);
  if (!s || !voice) return false;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  s.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  synthesis()?.cancel();
}
