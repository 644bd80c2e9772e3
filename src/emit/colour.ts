// Colour for people: on when the stream is a terminal, off under NO_COLOR or --no-color, forced by FORCE_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';

export function colourFor(stream: { isTTY?: boolean }, enabled = true): ChalkInstance {
  const env = process.env;
  if (!enabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined) return new Chalk({ level: env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1 });
  return new Chalk({ level: stream.isTTY ? 2 : 0 });
}
