/**
 * Exact rational numbers for hours and bounds.
 *
 * Hours are not always decimal: a resource survey of 2,000 households is 2000/3000 × 80 = 160/3 h,
 * and the bounds with 13 holidays are 1360.8 h × FTE × months/12. Floating point would drift
 * (0.1 + 0.2) and make "exactly at the floor" fail, so every hour figure is a reduced fraction of
 * bigints and is rounded only when shown.
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new RangeError("denominator is zero");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return new Rational(n / g, d / g);
  }

  /**
   * The exact value of a decimal as written, e.g. 0.7 → 7/10, 1360.8 → 6804/5.
   * JavaScript prints a double as the shortest decimal that reads back to it, which is the decimal
   * a person typed in YAML for any number with 15 or fewer significant digits.
   */
  static fromDecimal(value: number | string): Rational {
    const text = typeof value === "number" ? numberToPlainString(value) : value.trim();
    const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) throw new RangeError(`not a plain decimal: ${text}`);
    const [, sign, whole, fraction = ""] = match;
    const digits = BigInt(whole + fraction);
    const den = 10n ** BigInt(fraction.length);
    return Rational.of(sign === "-" ? -digits : digits, den);
  }

  add(other: Rational): Rational {
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational | number): Rational {
    const o = typeof other === "number" ? Rational.fromDecimal(other) : other;
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  div(other: Rational | number): Rational {
    const o = typeof other === "number" ? Rational.fromDecimal(other) : other;
    if (o.num === 0n) throw new RangeError("division by zero");
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  compare(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  lt(other: Rational): boolean {
    return this.compare(other) < 0;
  }
  gt(other: Rational): boolean {
    return this.compare(other) > 0;
  }
  eq(other: Rational): boolean {
    return this.compare(other) === 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Whether the value has a finite decimal expansion (denominator of only 2s and 5s). */
  isTerminatingDecimal(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /** Rounded half away from zero to `places` decimals, as a plain string without trailing zeros. */
  toFixedTrimmed(places = 2): string {
    const text = this.toFixed(places);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  }

  /** Rounded half away from zero to exactly `places` decimals. */
  toFixed(places = 2): string {
    const scale = 10n ** BigInt(places);
    const negative = this.num < 0n;
    const abs = negative ? -this.num : this.num;
    const scaled = (abs * scale * 2n + this.den) / (this.den * 2n);
    const whole = scaled / scale;
    const fraction = (scaled % scale).toString().padStart(places, "0");
    const body = places > 0 ? `${whole}.${fraction}` : `${whole}`;
    return negative && scaled !== 0n ? `-${body}` : body;
  }

  /** The value as a JavaScript number, for JSON and charts only; never for arithmetic. */
  toNumber(places = 2): number {
    return Number(this.toFixed(places));
  }

  /** "160/3" for values that a decimal cannot show exactly, else the exact decimal. */
  toExactString(): string {
    if (this.isInteger()) return this.num.toString();
    if (this.isTerminatingDecimal()) {
      let places = 0;
      let d = this.den;
      while (d > 1n) {
        d = d % 10n === 0n ? d / 10n : d % 2n === 0n ? d / 2n : d / 5n;
        places++;
      }
      return this.toFixedTrimmed(places + 1);
    }
    return `${this.num}/${this.den}`;
  }

  static sum(values: Iterable<Rational>): Rational {
    let total = Rational.ZERO;
    for (const value of values) total = total.add(value);
    return total;
  }

}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // 1e-7 or 1e21: expand the exponent so the digits stay exact.
  const [mantissa = "", exponentText = "0"] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const [intPart = "", fracPart = ""] = mantissa.replace("-", "").split(".");
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  let plain: string;
  if (point <= 0) plain = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + "0".repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

/** Number of decimal places a number was written with (0.25 → 2), for precision checks on input. */
export function decimalPlaces(value: number): number {
  const text = numberToPlainString(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
