import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './format-version.js';

ruleTester(rule, examples);
