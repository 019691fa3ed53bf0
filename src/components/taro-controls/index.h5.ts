// H5: each control built on its own web component, as @tarojs/components does for all of them in
// one module (lib/react/components.js). That module goes with every page, so any control one page
// used (the picker's 36 KB of code) was downloaded by all of them, the home page included. Built
// here, a control's code goes only with the pages that import it. Same tag, same props.
//
// The Checkbox draws its tick in the weui icon font, defined by the stylesheet of Taro's older
// component library. Taro's H5 platform imported that at start-up for every page (4 KB compressed);
// config/h5-host.ts drops that import, and it comes here, with the pages that use these controls.
import type * as TaroComponents from '@tarojs/components'
import '@tarojs/components/dist/taro-components/taro-components.css'
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper'
import { defineCustomElement as definePicker } from '@tarojs/components/dist/components/taro-picker-core'
import { defineCustomElement as defineTextarea } from '@tarojs/components/dist/components/taro-textarea-core'
import { defineCustomElement as defineCheckbox } from '@tarojs/components/dist/components/taro-checkbox-core'
import { defineCustomElement as defineCheckboxGroup } from '@tarojs/components/dist/components/taro-checkbox-group-core'

export const Picker = /*@__PURE__*/ createReactComponent('taro-picker-core', undefined, manipulatePropsFunction, definePicker) as unknown as typeof TaroComponents.Picker
export const Textarea = /*@__PURE__*/ createReactComponent('taro-textarea-core', undefined, manipulatePropsFunction, defineTextarea) as unknown as typeof TaroComponents.Textarea
export const Checkbox = /*@__PURE__*/ createReactComponent('taro-checkbox-core', undefined, manipulatePropsFunction, defineCheckbox) as unknown as typeof TaroComponents.Checkbox
export const CheckboxGroup = /*@__PURE__*/ createReactComponent('taro-checkbox-group-core', undefined, manipulatePropsFunction, defineCheckboxGroup) as unknown as typeof TaroComponents.CheckboxGroup
