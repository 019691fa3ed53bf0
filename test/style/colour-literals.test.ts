// Colours come from the design tokens only (src/components/tokens/): a hex, rgb()/hsl() or named
// colour anywhere else in the app's CSS, TS or TSX fails here, so a copied colour cannot creep back.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')
const SRC = path.join(ROOT, 'src')
const TOKENS_DIR = path.join(SRC, 'components', 'tokens')
const TOKENS_CSS = path.join(TOKENS_DIR, 'tokens.css')

// CSS's named colours (CSS Color 4), without the keywords that are not colours of our own.
const NAMED = 'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'.split(' ')

const HEX = /#[0-9a-f]{3,8}\b/gi
const FUNCTIONS = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi
// A named colour as a CSS value (after `:`, comments aside), or given to a colour prop in TS/TSX
// (`color='red'`, `backgroundColor: 'white'`); elsewhere such words are names (EyeCareKey 'green').
const NAMED_IN_CSS = new RegExp(`:[^;{}]*?(?<![-\\w])(${NAMED.join('|')})(?![-\\w])`, 'gi')
const NAMED_IN_TS = new RegExp(`(?:color|background|fill|stroke)\\w*\\s*[:=]\\s*\\{?\\s*['"\`](${NAMED.join('|')})['"\`]`, 'gi')
const CSS_COMMENT = /\/\*[\s\S]*?\*\//g

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return full === TOKENS_DIR ? [] : files(full)
    return /\.(css|tsx?)$/.test(entry.name) ? [full] : []
  })
}

/** Every colour literal in one file's text, with its line number. */
export function colourLiterals(text: string, kind: 'css' | 'ts'): string[] {
  const found: string[] = []
  // Prose in comments may say "white on red"; blank comments out (keeping line numbers) for names.
  const uncommented = kind === 'css' ? text.replace(CSS_COMMENT, (c) => c.replace(/[^\n]/g, ' ')).split('\n') : []
  text.split('\n').forEach((line, i) => {
    const hits = [...line.matchAll(HEX), ...line.matchAll(FUNCTIONS)].map((m) => m[0])
    const named = kind === 'css' ? [...uncommented[i].matchAll(NAMED_IN_CSS)].map((m) => m[1]) : [...line.matchAll(NAMED_IN_TS)].map((m) => m[1])
    for (const hit of [...hits, ...named]) found.push(`${i + 1}: ${hit}`)
  })
  return found
}

describe('colour literals', () => {
  test('none in src/ outside the tokens folder', () => {
    const offenders = files(SRC).flatMap((file) =>
      colourLiterals(readFileSync(file, 'utf8'), file.endsWith('.css') ? 'css' : 'ts').map((hit) => `${path.relative(ROOT, file)}:${hit}`)
    )
    expect(offenders).toEqual([])
  })

  test('the check sees hex, functions and named colours, and ignores look-alikes', () => {
    expect(colourLiterals('.a { color: #C8102E; }', 'css')).toEqual(['1: #C8102E'])
    expect(colourLiterals('.a { box-shadow: 0 0 4px rgba(0, 0, 0, 0.1); }', 'css')).toEqual(['1: rgba('])
    expect(colourLiterals('.a { border: 1px solid white; }', 'css')).toEqual(['1: white'])
    expect(colourLiterals('.a { white-space: nowrap; background: var(--color-surface); }', 'css')).toEqual([])
    expect(colourLiterals('.red-dot { color: var(--color-brand); }', 'css')).toEqual([])
    expect(colourLiterals("<Icon color='red' />", 'ts')).toEqual(['1: red'])
    expect(colourLiterals("style={{ backgroundColor: 'white' }}", 'ts')).toEqual(['1: white'])
    expect(colourLiterals("const themes = ['white', 'green']", 'ts')).toEqual([])
    expect(colourLiterals("const url = '/a#top'; const tone = 'success'", 'ts')).toEqual([])
  })

  test('the native colours (app.json, native props) are the same values as tokens.css', () => {
    const { NATIVE_COLOURS } = require('../../src/components/tokens/native-colours') as { NATIVE_COLOURS: Record<string, string> }
    const tokens = readFileSync(TOKENS_CSS, 'utf8')
    for (const [name, value] of Object.entries(NATIVE_COLOURS)) {
      const cssName = `--color-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`
      expect(`${cssName}: ${tokens.match(new RegExp(`${cssName}:\\s*([^;]+);`))?.[1]}`).toBe(`${cssName}: ${value}`)
    }
  })
})
