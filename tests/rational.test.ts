import { describe, expect, it } from "vitest";
import { decimalPlaces, Rational } from "../src/exact/rational.js";
import { pastThreshold } from "../src/rules/format.js";

describe("Rational", () => {
  it("adds decimals without floating drift", () => {
    const sum = Rational.fromDecimal(0.1).add(Rational.fromDecimal(0.2));
    expect(sum.eq(Rational.fromDecimal(0.3))).toBe(true);
    expect(0.1 + 0.2 === 0.3).toBe(false); // the drift this class exists to avoid
  });

  it("keeps thirds exact and rounds only for display", () => {
    const third = Rational.of(2000, 3000).mul(80); // 2,000 households of a 3,000-household unit
    expect(third.toExactString()).toBe("160/3");
    expect(third.toFixed(2)).toBe("53.33");
    expect(third.mul(3).eq(Rational.of(160))).toBe(true);
  });

  it("derives 1360.8 exactly from 1944 × 70%", () => {
    const direct = Rational.of(1944).mul(Rational.fromDecimal(70).div(100));
    expect(direct.toExactString()).toBe("1360.8");
    expect(direct.eq(Rational.fromDecimal("1360.8"))).toBe(true);
  });

  it("rounds half away from zero", () => {
    expect(Rational.of(1, 8).toFixed(2)).toBe("0.13");
    expect(Rational.of(-1, 8).toFixed(2)).toBe("-0.13");
    expect(Rational.of(5, 2).toFixed(0)).toBe("3");
    expect(Rational.of(1234, 1).toFixedTrimmed(2)).toBe("1234");
  });

  it("reads numbers printed with exponents", () => {
    expect(Rational.fromDecimal(1e21).toExactString()).toBe("1000000000000000000000");
    expect(Rational.fromDecimal(1.5e-7).toExactString()).toBe("0.00000015");
  });

  it("counts decimal places as written", () => {
    expect(decimalPlaces(0.25)).toBe(2);
    expect(decimalPlaces(3)).toBe(0);
    expect(decimalPlaces(1.125)).toBe(3);
  });

  it("compares exactly", () => {
    expect(Rational.of(1372).lt(Rational.of(1372))).toBe(false);
    expect(Rational.of(1371).lt(Rational.of(1372))).toBe(true);
    expect(Rational.of(1, 3).compare(Rational.of(2, 6))).toBe(0);
  });
});

describe("a value beside the threshold it crossed (rules' messages)", () => {
  it("shows as many decimals as it takes to see it crossed: never “3.0 次 > 3” or “10.0% > 10%”", () => {
    expect(pastThreshold(Rational.of(1372, 457), Rational.of(3))).toBe("3.002");
    expect(pastThreshold(Rational.of(137600, 13720), Rational.of(10))).toBe("10.02");
    expect(pastThreshold(Rational.of(2999, 1000), Rational.of(3))).toBe("2.999");
  });

  it("keeps a value far from the threshold short", () => {
    expect(pastThreshold(Rational.of(5), Rational.of(3))).toBe("5");
    expect(pastThreshold(Rational.of(29, 10), Rational.of(3))).toBe("2.9");
    expect(pastThreshold(Rational.of(1371), Rational.of(1372), 0)).toBe("1371");
  });

  it("cuts toward the threshold, so the excess is never overstated", () => {
    expect(pastThreshold(Rational.of(35, 3), Rational.of(10), 2)).toBe("11.66");
    expect(pastThreshold(Rational.of(25, 3), Rational.of(10), 2)).toBe("8.34");
  });
});
