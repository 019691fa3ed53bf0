// 服务 → 找阵地 → 附近 on weapp: WeChat's privacy agreement first, then the location prompt, then
// getLocation (declared in app.json's requiredPrivateInfos); places sorted by distance; a place's
// sheet → 导航 opens WeChat's map at its coordinates; 复制地址 puts the address on the clipboard.
// A worker who refuses the location keeps the street order and is told how to allow it.
import { seededWeappFile, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'

const weapp = seededWeappFile()

test('服务 → 找阵地 → 附近 (privacy, then location) → a place → 导航 and 复制地址', async () => {
  const app = await weapp.launch({ openid: 'o-weapp-places', entry: 'pages/services/index' })
  const services = app.current
  await waitUntilShown(services, '法律援助')
  await services.tap(/^找阵地$/)
  const places = await app.waitForPage('packages/services/pages/places/index')
  await waitUntilShown(places, '按街道排序')

  await places.tap(/^附近$/)
  await places.waitForText('已按离您的距离排序')
  await places.waitForText(/\d 米|公里/)
  const order = app.recorder.calls.map((c) => c.api).filter((a) => ['requirePrivacyAuthorize', 'getPrivacySetting', 'getLocation'].includes(a))
  expect(order[order.length - 1]).toBe('getLocation')
  expect(app.standIn.privacy.agreed).toBe(true)
  expect(app.standIn.privacy.scopes.get('scope.userLocation')).toBe(true)
  // The position went to the function for this one query.
  const query = app.recorder.callsOf('cloud.callFunction').map((c) => (c.args[0] as { data: Record<string, unknown> }).data).filter((d) => d.action === 'listPlaces').pop()
  expect(query).toMatchObject({ near: { latitude: 22.5218, longitude: 114.0553 } })

  const first = places.find(/米|公里/)
  await places.tap(first)
  await places.waitForText('导航')
  await places.tap(/^导航$/)
  await places.waitFor(() => app!.recorder.callsOf('openLocation').length === 1, 'openLocation 被调用')
  const opened = app.recorder.callsOf('openLocation')[0].args[0] as { latitude: number; longitude: number; name: string }
  expect(typeof opened.latitude).toBe('number')
  expect(places.text()).toContain(opened.name)

  await places.tap('复制地址')
  await places.waitFor(() => app!.recorder.callsOf('setClipboardData').length === 1, 'setClipboardData 被调用')
  app.recorder.assertNoProblems()
})

test('附近 refused: the list stays by street and says how to allow it', async () => {
  const app = await weapp.launch({ openid: 'o-weapp-refuser', entry: 'packages/services/pages/places/index', choices: { location: 'deny' } })
  const places = app.current
  await waitUntilShown(places, '按街道排序')
  await places.tap(/^附近$/)
  await places.waitFor(() => app!.recorder.callsOf('getLocation').length === 1, 'getLocation 被调用')
  await places.waitForText(/设置|允许/)
  expect(places.text()).not.toContain('已按离您的距离排序')
  app.recorder.assertNoProblems()
})
