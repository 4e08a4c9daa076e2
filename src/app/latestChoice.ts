/**
 * Numbers the choices made with one control, for choices applied only after something loads: of
 * two made while the first is still loading, the second must win, whichever finishes loading first.
 * `choose()` returns a check that stays true only while no later choice has been made.
 */
export function latestChoice(): () => () => boolean {
  let made = 0;
  return () => {
    const mine = ++made;
    return () => mine === made;
  };
}
