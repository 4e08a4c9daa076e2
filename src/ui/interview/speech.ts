import { useEffect, useState } from 'react';

/** The Web Speech API's synthesis, when the browser has one. */
const synthesis = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined);

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** A voice that speaks the language (same primary subtag), preferring an exact and a local one. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((v) => primary(v.lang) === primary(language));
  return matching.find((v) => v.lang.toLowerCase() === language.toLowerCase() && v.localService) ?? matching.find((v) => v.localService) ?? matching[0];
}

/** The device's voices; browsers fill the list asynchronously and announce it with `voiceschanged`. */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => synthesis()?.getVoices() ?? []);
  useEffect(() => {
    const s = synthesis();
    if (!s) return;
    const update = () => setVoices(s.getVoices());
    update();
    s.addEventListener?.('voiceschanged', update);
    return () => s.removeEventListener?.('voiceschanged', update);
  }, []);
  return voices;
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
