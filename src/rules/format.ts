/** Numbers as rules' messages show them. */
import { Rational } from "../exact/rational.js";

/** Hours as a rule's message shows them: at most two decimals, no trailing zeros. */
export function hoursText(value: Rational): string {
  return value.toFixedTrimmed(2);
}

/**
 * A value beside the threshold it crossed, with as many decimals as it takes to see that it did:
 * 1372/457 against 3 reads "3.002", never "3.0"; 10.03 % against 10 % reads "10.02", never "10.0".
 * The value is cut toward the threshold, so what is shown never overstates the excess.
 */
export function pastThreshold(value: Rational, threshold: Rational, minPlaces = 1): string {
  const above = value.gt(threshold);
  for (let places = minPlaces; places < 20; places++) {
    const scale = 10n ** BigInt(places);
    const scaled = value.num * scale;
    const floor = scaled / value.den - (scaled % value.den !== 0n && scaled < 0n ? 1n : 0n);
    const cut = Rational.of(above || scaled % value.den === 0n ? floor : floor + 1n, scale);
    if (!cut.eq(threshold) || value.eq(threshold)) return cut.toFixedTrimmed(places);
  }
  return value.toExactString();
}
