// The home page's channel tabs: one row that scrolls sideways when the names do not fit.
import { ScrollView, Text, View } from '@tarojs/components'
import './channel-tabs.css'

interface ChannelTabsProps {
  channels: string[]
  current: string
  onChange: (channel: string) => void
}

/** Channel tabs; the current one is marked by weight and an underline as well as colour. */
export function ChannelTabs({ channels, current, onChange }: ChannelTabsProps) {
  return (
    <ScrollView className='channel-tabs' scrollX enableFlex showScrollbar={false}>
      <View className='channel-tabs__list' role='tablist' aria-label='资讯栏目'>
        {channels.map((channel) => {
          const active = channel === current
          return (
            <View
              key={channel}
              className={`ui-control channel-tabs__tab${active ? ' channel-tabs__tab--active' : ''}`}
              role='tab' tabIndex={0}
              aria-selected={active ? 'true' : 'false'}
              data-testid='channel-tab'
              data-channel={channel}
              onClick={() => {
                if (!active) onChange(channel)
              }}
            >
              <Text className='channel-tabs__text'>{channel}</Text>
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}
