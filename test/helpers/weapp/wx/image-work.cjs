// The pixel work behind the image stand-ins (image.ts), run by plain Node in a process of its own:
// jimp is pure JavaScript and, inside jest's module sandbox, tens of times slower than here.
// argv[2]: a JSON job { op: 'info' | 'jpeg', crop?: {x,y,w,h}, width?, height?, quality? };
// stdin: the picture's bytes; stdout: JSON info, or the JPEG's bytes.
const Jimp = require('jimp')

async function main() {
  const job = JSON.parse(process.argv[2])
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  const image = await Jimp.read(Buffer.concat(chunks))
  if (job.op === 'info') {
    process.stdout.write(JSON.stringify({ width: image.bitmap.width, height: image.bitmap.height, mime: image.getMIME() }))
    return
  }
  if (job.crop) image.crop(job.crop.x, job.crop.y, job.crop.w, job.crop.h)
  if (job.width || job.height) image.resize(job.width || Jimp.AUTO, job.height || Jimp.AUTO)
  process.stdout.write(await image.quality(job.quality).getBufferAsync(Jimp.MIME_JPEG))
}

main().catch((error) => {
  process.stderr.write(String(error && error.message))
  process.exit(1)
})
