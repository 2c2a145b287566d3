import { useEffect, useState } from "react";

/** The first year the slider offers. */
export const FIRST_YEAR = 1970;

/** The as-of date a year on the slider stands for: its last day, or today for this year. */
export function asOfYear(year: number, today: string): string {
  return year >= Number(today.slice(0, 4)) ? today : `${year}-12-31`;
}

/**
 * A year slider with a play button that replays the landscape one year at a time. The shown year
 * moves at once; `onChange` is told after a short pause so dragging does not fetch every year.
 */
export function YearSlider(props: {
  year: number;
  last: number;
  onChange: (year: number) => void;
}) {
  const { year, last, onChange } = props;
  const [shown, setShown] = useState(year);
  const [playing, setPlaying] = useState(false);

  useEffect(() => setShown(year), [year]);

  useEffect(() => {
    if (shown === year) return;
    const timer = window.setTimeout(() => onChange(shown), playing ? 0 : 250);
    return () => window.clearTimeout(timer);
  }, [shown, year, playing, onChange]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setShown((y) => {
        if (y >= last) {
          setPlaying(false);
          return y;
        }
        return y + 1;
      });
    }, 1_400);
    return () => window.clearInterval(timer);
  }, [playing, last]);

  const handlePlay = () => {
    if (!playing && shown >= last) setShown(FIRST_YEAR);
    setPlaying(!playing);
  };

  return (
    <div className="year-slider">
      <label htmlFor="map-year">
        As of the end of <output htmlFor="map-year">{shown}</output>
      </label>
      <input
        id="map-year"
        type="range"
        min={FIRST_YEAR}
        max={last}
        step={1}
        value={shown}
        onChange={(event) => setShown(Number(event.target.value))}
      />
      <span className="muted year-ends" aria-hidden="true">
        {FIRST_YEAR}–{last}
      </span>
      <button type="button" onClick={handlePlay} aria-pressed={playing}>
        {playing ? "Pause" : "Play through the years"}
      </button>
    </div>
  );
}
